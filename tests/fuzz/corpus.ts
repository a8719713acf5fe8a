import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadScenario } from '../../src/scenario/index.js';
import { shippedScenarios } from '../helpers/shipped.js';

/** A shipped file the fuzzer mutates. */
export interface Seed {
  readonly path: string;
  readonly kind: 'scenario' | 'design';
  readonly text: string;
  /** For designs: the smallest shipped scenario that loads with the design, to run it. */
  readonly scenario?: string | undefined;
}

/** True when the scenario loads with the built-in design `id` in place of its own. */
function fits(scenario: string, id: string): boolean {
  try {
    loadScenario(scenario, { design: id });
    return true;
  } catch {
    return false; // another alliance's headquarters, or a file someone is still writing
  }
}

/** Every shipped scenario (scenarios/**) and built-in design (src/designs/*.yaml), read now. */
export function shippedCorpus(): Seed[] {
  const scenarios: Seed[] = shippedScenarios().map((path) => ({ path, kind: 'scenario', text: readFileSync(path, 'utf8') }));
  // Smallest first, so each design is run with the cheapest scenario it fits.
  const bySize = [...scenarios].sort((a, b) => a.text.length - b.text.length);
  const dir = 'src/designs';
  const designs: Seed[] = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const id = f.replace(/\.yaml$/, '');
      return { path, kind: 'design', text: readFileSync(path, 'utf8'), scenario: bySize.find((s) => fits(s.path, id))?.path };
    });
  // Counterexamples name the file instead of printing its whole text.
  return [...scenarios, ...designs].map((s) => Object.assign(s, { [fc.toStringMethod]: () => JSON.stringify(s.path) }));
}
