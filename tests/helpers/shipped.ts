import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every shipped scenario file under scenarios/, sorted. */
export function shippedScenarios(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? shippedScenarios(p) : p.endsWith('.yaml') ? [p] : [];
    })
    .sort();
}
