import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDesign, loadScenario, validateFile } from '../../../src/scenario/index.js';
import { FIX, problemsOf } from './helpers.js';

/** Writes a variant of the base design with `edit` applied to its text, in a fresh folder. */
function designVariant(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcon-design-'));
  const file = join(dir, 'd.yaml');
  writeFileSync(file, edit(readFileSync(`${FIX}/base-design.yaml`, 'utf8')));
  return file;
}

/** Problems of a design variant, with the temporary path replaced by `d.yaml`. */
function designProblems(edit: (text: string) => string): string[] {
  const file = designVariant(edit);
  const shown = relative(process.cwd(), file);
  return problemsOf(() => loadDesign(file)).map((l) => l.replaceAll(shown.startsWith('..') ? file : shown, 'd.yaml'));
}

describe('schema problems: every one, each at its line:column', () => {
  test('unknown keys with a hint, bad enums, durations, probabilities, missing keys', () => {
    const f = `${FIX}/schema-errors.yaml`;
    expect(problemsOf(() => validateFile(f))).toEqual([
      `${f}:1:1: the file lacks the required key \`title\`; add \`title:\``,
      `${f}:2:1: unknown key \`titel\`; did you mean \`title\`?`,
      `${f}:6:66: \`forces[0].component\` is "tank"; use one of: land, maritime, air, marine, sof, space, cyber, missile-defense, logistics, joint, other`,
      `${f}:9:12: \`timeline[0].delay\` is "6 hours", not a duration; write a duration such as 90m, 6h, 2d or 1d6h`,
      `${f}:10:13: \`timeline[0].chance\` is 1.5, above 1; use a probability between 0 and 1`,
    ]);
  });

  test('a wrong shape of distribution or condition says which forms are accepted', () => {
    expect(designProblems((t) => t.replace('latency: 6h', 'latency: [6h]'))).toEqual([
      'd.yaml:14:18: `authorities[0].procedure[0].latency` is a list; write a duration (6h) or {uniform: [2h, 12h]}, {triangular: [1h, 4h, 24h]} or {lognormal: {median: 6h, sigma: 0.5}}',
    ]);
    expect(designProblems((t) => t.replace('{uniform: [1h, 3h]}', '{uniform: [1h, 3 hours]}'))).toEqual([
      'd.yaml:22:33: `authorities[1].procedure[0].latency.uniform[1]` is "3 hours", not a duration; write a duration such as 90m, 6h, 2d or 1d6h',
    ]);
    expect(designProblems((t) => t.replace('when: {defcon: {at-least: 3}}', 'when: {defcon: {at-lest: 3}}'))).toEqual([
      'd.yaml:48:21: unknown key `at-lest` in `rules[0].when.defcon`; did you mean `at-least`?',
    ]);
    expect(designProblems((t) => t.replace('latency: 6h', 'latency: {normal: [1h, 2h]}'))).toEqual([
      'd.yaml:14:19: unknown key `normal` in `authorities[0].procedure[0].latency`; write a duration (6h) or {uniform: [2h, 12h]}, {triangular: [1h, 4h, 24h]} or {lognormal: {median: 6h, sigma: 0.5}}',
    ]);
    expect(designProblems((t) => t.replace('when: {defcon: {at-least: 3}}', 'when: {defcon: [3, 4]}'))).toEqual([
      'd.yaml:48:20: `rules[0].when.defcon` is a list; write a value or a mapping such as {at-least: 3} or {in: [a, b]}',
    ]);
    expect(designProblems((t) => t.replace('forces: {nations: [ROK], designated: true}', 'forces: {nation: [ROK], designated: true}'))).toEqual([
      'd.yaml:46:14: unknown key `nation` in `rules[0].forces`; did you mean `nations`?',
    ]);
    expect(designProblems((t) => t.replace('  - id: mcm\n', '  - id: mcm\n    remove: true\n'))).toEqual([
      'd.yaml:41:5: unknown key `remove` in `bodies[0]`; `remove: true` only works in a design that `extends:` another',
    ]);
    expect(designProblems((t) => t.replace('when: {defcon: {at-least: 3}}', 'when: sometimes'))).toEqual([
      'd.yaml:48:11: `rules[0].when` is "sometimes"; write always, never, or a mapping such as {defcon: {at-least: 3}}',
    ]);
  });
});

describe('semantic problems', () => {
  test('references, duplicates, cycles, unknown variables, misused tests, end before start', () => {
    const f = `${FIX}/semantic-errors.yaml`;
    expect(problemsOf(() => validateFile(f))).toEqual([
      `${f}:5:6: end (T-1d) is not after start (2026-03-01); write a later time such as T+30d`,
      `${f}:7:78: no headquarters in design test-base has the id \`rok-jsc\`; did you mean \`rok-jcs\`?`,
      `${f}:8:10: duplicate force \`rok-1-corps\` (first at line 7); give each force its own id`,
      `${f}:11:12: \`after:\` links form a cycle (a -> b -> a); make one of these events start at a time (at:) or on a condition (when:)`,
      `${f}:16:12: unknown variable \`defcom\`; did you mean \`defcon\`?`,
      `${f}:16:23: no rule has the id \`no-such-rule\`; use the id of a rule defined in this design`,
      `${f}:16:65: \`posture\` is unordered, so \`at-least\` does not apply; use is, is-not, in or not-in`,
      `${f}:17:15: no coordination body has the id \`nobody\`; use one of: mcm`,
      `${f}:20:5: event \`event-4\` has 2 actions (defcon, note); give exactly one of: hostile-act, defcon, watchcon, posture, phase, situation, fact, engage, disengage, stance, request, activate, stand-down, note`,
      `${f}:23:20: no force has the id \`rok-9-corps\`; did you mean \`rok-1-corps\`?`,
      `${f}:24:12: no headquarters has the id \`cfd\`; did you mean \`cfc\`?`,
    ]);
  });

  test('design: nations, parent cycles, provenance, silence without deadline, unknown authority, nations', () => {
    expect(
      designProblems((t) =>
        t
          .replace('    authorities: [rok-president]\n    source: test', '    parent: cfc\n    source: test')
          .replace('    authorities: [us-president, rok-president]\n    source: test', '    parent: rok-jcs\n    authorities: [us-presidnet]')
          .replace('    return-when:', '    mode: silence\n    approvals: [us-president]\n    return-when:')
          .replace('    nation: ROK\n    assumption: test', '    nation: JPN\n    assumption: test'),
      ),
    ).toEqual([
      'd.yaml:18:13: nation `JPN` is not in the design\'s `nations:`; add JPN to `nations:` or use one of: US, ROK',
      'd.yaml:30:5: headquarters `rok-jcs` is its own ancestor (parent cycle: rok-jcs -> cfc -> rok-jcs); break the cycle: a chain of command must end at a headquarters with no parent',
      'd.yaml:32:5: headquarters `cfc` has neither `source:` nor `assumption:`; cite a source (source: "Hornung 2015, p. 14") or state the modelling assumption (assumption: "...")',
      'd.yaml:37:5: headquarters `cfc` is its own ancestor (parent cycle: cfc -> rok-jcs -> cfc); break the cycle: a chain of command must end at a headquarters with no parent',
      'd.yaml:38:19: no authority has the id `us-presidnet`; did you mean `us-president`?',
      'd.yaml:45:5: `wartime-opcon` uses the silence procedure without a `deadline:`; add deadline: (how long the proposal circulates, e.g. 24h)',
    ]);
  });

  test('distribution bounds out of order, gate conditions on another variable', () => {
    expect(
      designProblems((t) =>
        t.replace('{uniform: [1h, 3h]}', '{uniform: [3h, 1h]}') +
          'gates:\n  - id: g\n    level: defcon\n    to: {phase: 2}\n    approvals: [us-president]\n    source: test\n',
      ),
    ).toEqual([
      'd.yaml:22:18: uniform [3h, 1h] has min above max; write [min, max]',
      'd.yaml:54:10: this condition may only test `defcon`, not `phase`; test `defcon` (the proposed value)',
    ]);
  });

  test('a modifier scaled by a parameter: compiled, and the parameter must exist and be a number', () => {
    const tail = (param: string) =>
      `parameters:\n  - {name: feo-count, value: 4, assumption: a}\n  - {name: label, value: x, assumption: a}\nmodifiers:\n  - id: feo\n    rules: all\n    when: {fact.kind: {param: label}}\n    by-parameter: {parameter: ${param}, half-at: 8, latency-floor: 0.6, friction-floor: 0.5}\n    assumption: diminishing returns\n`;
    const d = loadDesign(designVariant((t) => t + tail('feo-count')));
    expect(d.modifiers[0]).toMatchObject({ rules: 'all', gates: [], byParameter: { parameter: 'feo-count', halfAt: 8, latencyFloor: 0.6, frictionFloor: 0.5 } });
    expect(designProblems((t) => t + tail('feo-cout'))).toEqual(['d.yaml:52:12: parameter `feo-count` is read by no element, so setting it would change nothing; reference it with {param: feo-count} where the design writes the number, duration or value it stands for, or move it to a description', 'd.yaml:58:31: no parameter has the id `feo-cout`; did you mean `feo-count`?']);
    expect(designProblems((t) => t + tail('label'))).toEqual(['d.yaml:52:12: parameter `feo-count` is read by no element, so setting it would change nothing; reference it with {param: feo-count} where the design writes the number, duration or value it stands for, or move it to a description', 'd.yaml:58:31: parameter `label` is not a number; scale a modifier only by a numeric parameter (a count), or by an interval with per:']);
  });

  test('a misspelt built-in design id gets a hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-scn-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, readFileSync(`${FIX}/scenario-ok.yaml`, 'utf8').replace('design: ./base-design.yaml', 'design: us-rok-cfc-1949'));
    const [line] = problemsOf(() => loadScenario(file));
    expect(line).toMatch(/s\.yaml:3:9: no built-in design is called `us-rok-cfc-1949`; did you mean `us-rok-cfc-1994`\?$/);
  });

  test('huge counts are refused before any other work, with the configured limit', () => {
    expect(problemsOf(() => loadScenario(`${FIX}/scenario-ok.yaml`, { limits: { maxEvents: 3 } }))).toEqual([
      `${FIX}/scenario-ok.yaml:8:1: \`timeline\` has 4 entries, over the limit of 3; split the scenario, or raise maxEvents (docs/limits.md)`,
    ]);
    expect(problemsOf(() => loadScenario(`${FIX}/scenario-ok.yaml`, { limits: { maxForces: 1 } }))[0]).toMatch(/:5:1: `forces` has 2 entries, over the limit of 1;/);
  });

  test('loadDesign with a folder confines paths like a file reference', () => {
    expect(loadDesign('./variant-design.yaml', FIX).id).toBe('test-variant');
    expect(problemsOf(() => loadDesign('../../../package.json', FIX))[0]).toMatch(/^\.\.\/\.\.\/\.\.\/package\.json: design path `\.\.\/\.\.\/\.\.\/package\.json` leads outside/);
  });
});

describe('one pass: schema and reference problems together', () => {
  test('a design with a schema problem in one entry still has its reference problems in others reported', () => {
    const lines = designProblems((t) => t.replace('latency: 6h', 'latency: [6h]').replace('members: [rok-jcs, cfc]', 'members: [rok-jcs, cfx]'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^d\.yaml:14:18: `authorities\[0\]\.procedure\[0\]\.latency` is a list/);
    expect(lines[1]).toMatch(/^d\.yaml:\d+:\d+: no headquarters has the id `cfx`/);
  });

  test('a scenario entry the schema refuses leaves no follow-on problems about its own id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-onepass-'));
    const file = join(dir, 's.yaml');
    writeFileSync(
      file,
      'scenario: s\ntitle: t\ndesign: us-rok-cfc-1994\nstart: 2026-03-01\nforces:\n  - {id: a, name: A, nation: ROK, component: lnad, home: rok-jcs}\n  - {id: b, name: B, nation: ROK, component: land, home: rok-jsc}\ntimeline:\n  - {at: T+1h, engage: {forces: {ids: [a]}}}\n',
    );
    const lines = problemsOf(() => validateFile(file));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/:6:\d+: `forces\[0\]\.component` is "lnad"/);
    expect(lines[1]).toMatch(/:7:\d+: no headquarters in design us-rok-cfc-1994 has the id `rok-jsc`; did you mean `rok-jcs`\?/);
  });
});
