import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { opcon } from '../helpers/cli.js';
import { editText, textEdit } from './arbitraries.js';
import { shippedCorpus } from './corpus.js';
import { FuzzRunner } from './harness.js';

/**
 * Mutated shipped files through the built CLI, as a user meets them: `opcon validate` and
 * `opcon run` exit 0 or 2, print one `place: what; fix` line per problem and never a stack trace.
 * Few cases (each spawns node), drawn afresh on every run.
 */
const dir = mkdtempSync(join(tmpdir(), 'opcon-fuzz-cli-'));
const runner = new FuzzRunner(20_000);
afterAll(async () => {
  await runner.close();
  rmSync(dir, { recursive: true, force: true });
});

const corpus = shippedCorpus();
const mutants = fc.sample(fc.tuple(fc.constantFrom(...corpus), fc.array(textEdit, { minLength: 1, maxLength: 3 })), 4).map(([seed, edits], i) => {
  const path = join(dir, `mutant-${i}.${seed.kind}.yaml`);
  const text = editText(seed.text, edits);
  writeFileSync(path, text);
  return { seed, path, text };
});

const LINE = /^[^\n]+: .+; .+$/;

function expectCleanExit(r: { code: number; stderr: string }, problems: number | undefined): void {
  expect([0, 2]).toContain(r.code);
  expect(r.stderr, 'a stack trace reached the user').not.toMatch(/\n\s+at /);
  if (r.code !== 2) return;
  const lines = r.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(LINE);
  if (problems !== undefined) expect(lines).toHaveLength(problems);
}

describe('mutated shipped files through the CLI', () => {
  test.each(mutants.map((m, i) => [i, m.seed.path, m] as const))('mutant %i of %s: validate and run exit 0 or 2 with one line per problem', async (_i, _from, m) => {
    // The in-process oracle gives the number of problems the CLI must print.
    const outcome = await runner.check({ kind: m.seed.kind, text: m.text, scenario: m.seed.scenario });
    const problems = outcome === 'refused' ? runner.lastRefusal.split('\n').length : undefined;
    const validate = opcon(['validate', m.path]);
    expectCleanExit(validate, problems);
    expect(validate.code, `validate: ${validate.stderr}`).toBe(outcome === 'refused' ? 2 : 0);
    if (m.seed.kind === 'scenario') {
      const run = opcon(['run', m.path, '--seed', '3', '--format', 'jsonl']);
      expectCleanExit(run, problems);
      expect(run.code, `run: ${run.stderr}`).toBe(outcome === 'refused' ? 2 : 0);
    }
  });
});
