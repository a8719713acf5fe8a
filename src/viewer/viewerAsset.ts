import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../scenario/packageRoot.js';

let cached: string | undefined;

/** Where `npm run build` puts the viewer's bundled browser code (scripts/bundle.mjs). */
export function viewerAssetPath(): string {
  return join(packageRoot(), 'dist', 'assets', 'viewer.js');
}

/**
 * The viewer's browser code: the typed modules of `src/viewer/page/` bundled by esbuild at build
 * time into one script with no imports, shipped in `dist/assets/`. A missing bundle is a broken
 * build, not bad input.
 */
export function viewerScript(): string {
  if (cached !== undefined) return cached;
  const path = viewerAssetPath();
  if (!existsSync(path)) throw new Error(`the viewer's browser code is missing (${path}); run npm run build`);
  const code = readFileSync(path, 'utf8');
  // Inlined in a <script> element: the text must not be able to close it.
  if (/<\/script/i.test(code)) throw new Error(`${path} contains "</script", which would end the inline script`);
  return (cached = code);
}
