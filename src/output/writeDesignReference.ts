import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltinDesigns, loadDesign, packageRoot } from '../scenario/index.js';
import { renderDesignReference } from './designReference.js';

/** Where the generated reference lives in the repository. */
export function designReferencePath(): string {
  return join(packageRoot(), 'docs', 'designs.md');
}

/** The reference text for every built-in design, in file-name order (what `docs/designs.md` must hold). */
export function builtinDesignReference(): string {
  return renderDesignReference(listBuiltinDesigns().map((info) => loadDesign(info.id)));
}

// Run as a script (`npm run docs:designs`): regenerate docs/designs.md.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(designReferencePath(), builtinDesignReference());
  process.stdout.write(`wrote ${designReferencePath()}\n`);
}
