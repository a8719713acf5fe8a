import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { loadDesign, loadScenario } from '../../src/scenario/index.js';
import { problemDefect } from './harness.js';

/**
 * Inputs the fuzzer found that broke the loader contract, kept so the bugs stay fixed. Each
 * must be refused with a well-formed InputError (one `place: what; fix` line per problem).
 */
const dir = mkdtempSync(join(tmpdir(), 'opcon-fuzz-regress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a file and returns the InputError `load` refuses it with. */
function refusal(name: string, text: string, load: (path: string) => unknown = loadScenario): InputError {
  const path = join(dir, name);
  writeFileSync(path, text);
  try {
    load(path);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`${name} loaded but should have been refused`);
}

const MINIMAL = `scenario: x
title: X
design: us-rok-cfc-1994
start: 2026-03-01T00:00Z
end: T+1d
forces:
  - {id: f, name: F, nation: ROK, component: land, home: rok-jcs}
`;

describe('fuzz regressions', () => {
  test('an expectation with neither at: nor during: is a problem, not a TypeError (compileExpectations)', () => {
    const err = refusal('empty-expect.yaml', `${MINIMAL}expect:\n  - {}\n`);
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('needs exactly one of at: or during:');
  });

  test('a key holding a line break stays on one message line (problems.ts)', () => {
    const err = refusal('newline-key.yaml', 'scenario: T+1h\n"\\n": 1e+308\n');
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('unknown key `\\n`');
  });

  test('carriage returns and Unicode line separators in keys are escaped too', () => {
    const err = refusal('cr-key.yaml', `${MINIMAL}"a\\rb\\u2028c": 1\n`);
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('a\\rb\\u2028c');
  });
});

describe('fuzz regressions: values that cannot become text', () => {
  test('a mapping with a `toString:` key where an enum is expected is a problem, not a TypeError (zodProblems)', () => {
    const err = refusal('tostring.yaml', `${MINIMAL}initial:\n  posture:\n    - toString: null\n`);
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('`initial.posture` is a list');
  });
});

describe('fuzz regressions: a scenario id that is a mapping', () => {
  test('`scenario: {toString: false}` with an inline design is a problem, not a TypeError (loadScenario; found by the 100,000-case fuzz)', () => {
    const text = MINIMAL.replace('scenario: x', 'scenario:\n  toString: false').replace('design: us-rok-cfc-1994', 'design: {extends: us-rok-cfc-1994}');
    const err = refusal('tostring-scenario.yaml', text);
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('scenario');
  });
});

describe('fuzz regressions: times past year 9999', () => {
  test('an event at 9999-12-31T23:59Z (end defaults a day later) is refused, not logged out of order (found by the 100,000-case fuzz)', () => {
    const text = MINIMAL.replace('end: T+1d\n', '') + 'timeline:\n  - {at: 9999-12-31T23:59Z, note: true}\n';
    const err = refusal('year-10000.yaml', text);
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('supported years 1000 to 9999');
  });
});

describe('fuzz regressions: design references', () => {
  test('a control character in `extends:` stays escaped in the one-line message thrown outside a problem list (designRef)', () => {
    const path = join(dir, 'cr-extends.design.yaml');
    writeFileSync(path, 'design: x\nextends: "\\r us-rok-cfc-1994"\n');
    let err: unknown;
    try {
      loadDesign(path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(problemDefect(e.problems, e.message)).toBeUndefined();
    expect(e.message).toContain('no built-in design is called `\\r us-rok-cfc-1994`');
  });
});

describe('fuzz regressions: values that cannot become text, in designs', () => {
  const designRefusal = (name: string, text: string): InputError => refusal(name, text, loadDesign);

  test('removing an entry whose id is a list holding a `toString:` mapping is a problem (mergeDesign; found by the 100,000-case fuzz)', () => {
    const err = designRefusal('tostring-remove.design.yaml', 'design: x\nextends: us-rok-cfc-1994\nrules:\n  - {id: [{toString: 1}], remove: true}\n');
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
    expect(err.message).toContain('cannot remove');
  });

  test('a duplicate check and a provenance label never String() a mapping (designChecks)', () => {
    const err = designRefusal('tostring-label.design.yaml', 'design: x\nextends: us-rok-cfc-1994\nrules:\n  - {id: {toString: 1}}\n  - {id: {toString: 1}}\n');
    expect(problemDefect(err.problems, err.message)).toBeUndefined();
  });
});
