import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GOLDEN_DIR, GOLDEN_SEED, GOLDEN_UPDATE, goldenLog, goldenPath, shippedScenarioFiles } from '../../src/golden/goldenLog.js';
import { opcon } from '../helpers/cli.js';

/**
 * Golden logs: every shipped scenario's JSONL log at seed 42 must equal, byte for byte, the file
 * committed under tests/golden/. A failure means engine behaviour (or a scenario) changed: if
 * that was intended, regenerate with `npm run golden:update` and review the diff.
 */
const scenarios = shippedScenarioFiles();

/** 1-based number and both versions of the first line where two logs differ. */
function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `first difference at line ${i + 1}:\n  golden: ${a[i] ?? '(no line: the golden log is shorter)'}\n  now:    ${b[i] ?? '(no line: the new log is shorter)'}`;
  }
  return 'the logs differ only in line endings';
}

const hint = `if the change is intended, run \`${GOLDEN_UPDATE}\` and review the diff of ${GOLDEN_DIR}/`;

describe('golden logs', () => {
  test('there is a shipped scenario to check', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  test('every shipped scenario has a golden log (a new scenario is never skipped silently)', () => {
    const missing = scenarios.filter((s) => !existsSync(goldenPath(s)));
    expect(missing, `no golden log yet for: ${missing.join(', ')}; run \`${GOLDEN_UPDATE}\` to create it, check it, and commit it with the scenario`).toEqual([]);
  });

  test('every golden log belongs to a shipped scenario', () => {
    const wanted = new Set(scenarios.map(goldenPath));
    const stale = readdirSync(GOLDEN_DIR)
      .filter((n) => n.endsWith('.jsonl'))
      .map((n) => `${GOLDEN_DIR}/${n}`)
      .filter((p) => !wanted.has(p));
    expect(stale, `golden logs without a scenario: ${stale.join(', ')}; ${hint}`).toEqual([]);
  });

  test.each(scenarios.filter((s) => existsSync(goldenPath(s))))('%s matches its golden log at seed 42', (scenario) => {
    const golden = readFileSync(goldenPath(scenario), 'utf8');
    const diff = firstDifference(golden, goldenLog(scenario));
    expect(diff, `${scenario} (seed ${GOLDEN_SEED}) no longer matches ${goldenPath(scenario)}; ${diff}\n${hint}`).toBeUndefined();
  });

  test('goldens hold nothing machine-specific: run-start names the scenario id, no absolute paths', () => {
    for (const scenario of scenarios.filter((s) => existsSync(goldenPath(s)))) {
      const text = readFileSync(goldenPath(scenario), 'utf8');
      const start = JSON.parse(text.slice(0, text.indexOf('\n'))) as { type: string; scenario: string; seed: string };
      expect(start.type).toBe('run-start');
      expect(start.seed).toBe(GOLDEN_SEED);
      expect(start.scenario).not.toMatch(/[/\\]|\.ya?ml$/);
      expect(text).not.toContain(process.cwd());
      expect(text).not.toMatch(/"(\/(home|tmp|work|Users|root)\/|[A-Z]:\\\\)/);
    }
  });

  test('the built CLI prints exactly the golden bytes (the goldens are what `opcon run` writes)', () => {
    // One small scenario keeps this fast; the in-process path above covers them all.
    const scenario = scenarios.reduce((a, b) => (readFileSync(a, 'utf8').length <= readFileSync(b, 'utf8').length ? a : b));
    const r = opcon(['run', scenario, '--seed', GOLDEN_SEED, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(goldenLog(scenario));
  });

  test('firstDifference points at the first differing line', () => {
    expect(firstDifference('a\nb\nc', 'a\nB\nc')).toContain('line 2');
    expect(firstDifference('a\nb', 'a\nb\nc')).toContain('line 3');
    expect(firstDifference('a', 'a')).toBeUndefined();
  });
});
