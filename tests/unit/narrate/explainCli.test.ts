import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, opcon } from '../../helpers/cli.js';

/** End-to-end: the built CLI (npm test builds it first), as a student would run it. */
const VETO = 'scenarios/teaching/korea-veto.yaml';
const TEACHING = readdirSync('scenarios/teaching')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => join('scenarios/teaching', f));

describe('opcon explain', () => {
  it('narrates a run step by step, citing sources and labelling assumptions', () => {
    const r = opcon(['explain', VETO]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Step 1\/\d+ \[intro\]/);
    expect(r.stdout).toContain('the ROK President refused DEFCON III');
    expect(r.stdout).toContain('one refusal is enough: the theater stays at DEFCON IV');
    expect(r.stdout).toMatch(/\n {2}Source: /);
    expect(r.stdout).toContain('Assumption (not from a public source): ');
    expect(r.stdout).toContain('Term: OPCON (operational control)');
  });

  it('is the same text for the same seed', () => {
    expect(opcon(['explain', VETO, '--seed', '5']).stdout).toBe(opcon(['explain', VETO, '--seed', '5']).stdout);
  });

  it('stops at --until', () => {
    const all = opcon(['explain', VETO]).stdout;
    const early = opcon(['explain', VETO, '--until', 'T+1h']);
    expect(early.code).toBe(0);
    expect(early.stdout.length).toBeLessThan(all.length);
    expect(early.stdout).toContain('fearing escalation');
    expect(early.stdout).not.toContain('recommends DEFCON III');
  });

  it('refuses a malformed --until with one line and exit 2', () => {
    const r = opcon(['explain', VETO, '--until', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('with --step and piped input, prints every step without waiting', () => {
    const r = spawnSync(process.execPath, [CLI, 'explain', VETO, '--step'], { input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('Enter: next step');
    const steps = [...r.stdout.matchAll(/^Step (\d+)\/(\d+)/gm)];
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.at(-1)![1]).toBe(steps.at(-1)![2]);
  });

  it('--break-when a command fact stops at the first instant it holds', () => {
    const r = opcon(['explain', 'scenarios/korea/escalation.yaml', '--break-when', 'force rok-1-corps OPCON at cfc']);
    expect(r.code).toBe(0);
    const steps = [...r.stdout.matchAll(/^Step (\d+)\/(\d+) \[(\w+)\]/gm)];
    const last = steps[steps.length - 1]!;
    expect(last[3]).toBe('transfer');
    expect(r.stdout.slice(last.index)).toContain('OPCON of ROK I Corps');
    expect(r.stdout).toMatch(new RegExp(`Break: OPCON of rok-1-corps is with cfc first holds at T\\+\\S+ \\(.*UTC\\), step ${last[1]} of \\d+; the HTML viewer opens there with #step=${last[1]}\\.`));
  });

  it('--break-when a scenario condition stops where it first holds, in dates for a long run', () => {
    const r = opcon(['explain', 'scenarios/history/korea-opcon-1950-2026.yaml', '--break-when', 'defcon: {at-least: 3}']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Break: defcon at least 3 first holds at 1976-08-19 \d\d:\d\d UTC, step \d+ of \d+/);
    expect(r.stdout).not.toContain('Rangoon');
    const never = opcon(['explain', 'scenarios/korea/escalation.yaml', '--break-when', 'defcon: 1']);
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('Break: defcon is 1 never holds in this run.');
  });

  it('--break-when refuses unknown names with one line and exit 2', () => {
    for (const [arg, message] of [
      ['defcom: {at-least: 3}', /--break-when: unknown variable `defcom`; did you mean `defcon`\?/],
      ['force rok-1-crops OPCON at cfc', /--break-when: no force `rok-1-crops` .*did you mean `rok-1-corps`\?/],
      ['force rok-1-corps OPCON at cfx', /--break-when: no headquarters `cfx`/],
      ['defcon: [', /--break-when:1:\d+: YAML: /],
    ] as const) {
      const r = opcon(['explain', 'scenarios/korea/escalation.yaml', '--break-when', arg]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('teaching exercises (scenarios/teaching)', () => {
  it('all answers hold over 20 seeded runs', () => {
    expect(TEACHING.length).toBeGreaterThanOrEqual(4);
    const r = opcon(['check', ...TEACHING, '--runs', '20']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(TEACHING.length);
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^ok /);
  });

  it('the 1978 answers fail under the 1994 design, which is the lesson of exercise 3', () => {
    const r = opcon(['check', 'scenarios/teaching/korea-armistice-1978.yaml', '--design', 'us-rok-cfc-1994']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Q3a');
    expect(r.stderr).not.toContain('Q3b');
  });
});
