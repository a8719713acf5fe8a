import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../scenario/packageRoot.js';

const cache = new Map<string, string>();

/**
 * A bundled browser script of the lab (`lab.js`, the page; `lab-worker.js`, the simulator), built
 * by `npm run build` into dist/assets/ (scripts/bundle.mjs). A missing bundle is a broken build.
 */
export function labAsset(name: 'lab.js' | 'lab-worker.js'): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const path = join(packageRoot(), 'dist', 'assets', name);
  if (!existsSync(path)) throw new Error(`the lab's browser code is missing (${path}); run npm run build`);
  const code = readFileSync(path, 'utf8');
  // Both are inlined in <script> elements: the text must not be able to close one.
  if (/<\/script/i.test(code)) throw new Error(`${path} contains "</script", which would end the inline script`);
  cache.set(name, code);
  return code;
}
