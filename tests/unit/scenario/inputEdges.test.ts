import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isCalendarValid, parseIso } from '../../../src/model/time.js';
import { DEFAULT_LIMITS } from '../../../src/scenario/limits.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { parseYamlText } from '../../../src/scenario/readYaml.js';
import { problemsOf } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'opcon-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINIMAL = (start: string, at = 'T+1h') => `scenario: x
title: X
design: us-rok-cfc-1994
start: ${start}
end: T+2d
forces:
  - {id: f, name: F, nation: ROK, component: land, home: rok-jcs}
timeline:
  - {at: ${at}, defcon: 3}
`;

const problems = problemsOf;

const load = (name: string, text: string) => () => {
  writeFileSync(join(dir, name), text);
  return loadScenario(join(dir, name));
};

describe('impossible dates', () => {
  test.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-03-01T24:00Z', '2026-03-01T12:60Z', '2026-00-10'])('%s is refused, not rolled forward', (date) => {
    expect(isCalendarValid(date)).toBe(false);
    expect(parseIso(date)).toBeUndefined();
    expect(problems(load(`start-${date}.yaml`, MINIMAL(date)))).toEqual([expect.stringMatching(new RegExp(`:4:8: \`start\` is "${date}", is not a date on the calendar`))]);
    expect(problems(load(`at-${date}.yaml`, MINIMAL('2026-03-01', date))).join('\n')).toMatch(/is not a date on the calendar/);
  });

  test('real dates, leap days included, still load', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2026-04-30T23:59Z', '2026-12-31']) expect(isCalendarValid(d), d).toBe(true);
    expect(isCalendarValid('1900-02-29')).toBe(false);
    expect(load('ok.yaml', MINIMAL('2024-02-29'))().start).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('YAML syntax errors', () => {
  test('print the first problem and a count of the rest, not a cascade', () => {
    const text = 'scenario: x\n  a: [\n b: {\nc: "x\n  - - d: }}}\n]]\n';
    const lines = problems(() => parseYamlText(text, 'bad.yaml', DEFAULT_LIMITS));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bad\.yaml:\d+:\d+: YAML: .+ \(and \d+ more YAML problems after it, often caused by this one\); fix the YAML syntax/);
  });

  test('duplicate keys are each listed', () => {
    expect(problems(() => parseYamlText('a: 1\na: 2\nb: 1\nb: 2\n', 'dup.yaml', DEFAULT_LIMITS))).toHaveLength(2);
  });
});

describe('deep flow nesting', () => {
  test.each([
    ['sequences', (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['mappings', (n: number) => `a: ${'{b: '.repeat(n)}1${'}'.repeat(n)}\n`],
  ])('deep flow %s are refused at the depth limit with a position, not by a stack overflow', (_kind, make) => {
    const lines = problems(() => parseYamlText(make(200_000), 'deep.yaml', DEFAULT_LIMITS));
    expect(lines).toEqual([expect.stringMatching(/^deep\.yaml:1:\d+: nesting is deeper than 32 levels; flatten the structure/)]);
    expect(lines.join('')).not.toMatch(/call stack/);
  });

  test('brackets inside quotes, comments and block text do not count', () => {
    const text = `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n# ${'['.repeat(100)}\nc: |\n  ${'['.repeat(100)}\nd: [[1, 2], {e: [3]}]\n`;
    expect(parseYamlText(text, 'ok.yaml', DEFAULT_LIMITS).value).toMatchObject({ d: [[1, 2], { e: [3] }] });
  });
});
