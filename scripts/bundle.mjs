// Bundles the browser code (typed modules under src/viewer/page/) into the assets the CLI
// inlines into its offline pages. Run by `npm run build` after tsc; tests run it too (vitest
// globalSetup), so pages rendered from source use the current browser code.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each page's entry module and the asset it becomes (a later page, such as a browser lab, adds a line). */
export const PAGES = [{ entry: 'src/viewer/page/main.ts', out: 'dist/assets/viewer.js' }];

/** Bundles every page: one self-contained IIFE each (no imports, no network), for current browsers. */
export async function bundlePages() {
  for (const page of PAGES) {
    const outfile = join(root, page.out);
    mkdirSync(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [join(root, page.entry)],
      outfile,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2020', 'chrome100', 'firefox100'],
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'warning',
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundlePages();
