import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../engine/simulate.js';
import { renderJsonl } from '../output/renderJsonl.js';
import { loadScenario } from '../scenario/index.js';
import { VERSION } from '../cli/version.js';

/**
 * Golden logs: each shipped scenario's JSONL log at one fixed seed, committed under
 * tests/golden/ so any change in engine behaviour shows up as a diff (docs/hardening.md).
 */

/** The seed every golden log is run with (as `opcon run FILE --seed 42 --format jsonl`). */
export const GOLDEN_SEED = '42';

/** Where golden logs live, relative to the package root. */
export const GOLDEN_DIR = 'tests/golden';

/** The command that regenerates every golden log on purpose. */
export const GOLDEN_UPDATE = 'npm run golden:update';

/** Every shipped scenario file under `dir` (relative, `/`-separated, sorted). */
export function shippedScenarioFiles(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = `${dir}/${name}`;
      return statSync(p).isDirectory() ? shippedScenarioFiles(p) : p.endsWith('.yaml') ? [p] : [];
    })
    .sort();
}

/** The golden file of a scenario: its path with `/` replaced by `__`, e.g. `scenarios__korea__escalation.yaml.jsonl`. */
export function goldenPath(scenario: string): string {
  return join(GOLDEN_DIR, `${scenario.replaceAll('\\', '/').replaceAll('/', '__')}.jsonl`);
}

/**
 * The bytes `opcon run FILE --seed 42 --format jsonl` prints for a scenario, computed in process
 * (the golden test checks separately that the built CLI prints the same).
 */
export function goldenLog(scenario: string): string {
  return renderJsonl(simulate(loadScenario(scenario), { seed: GOLDEN_SEED, version: VERSION, keepHistory: false }));
}
