import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opcon } from '../helpers/cli.js';

/**
 * `npm start` runs scenarios/korea/escalation.yaml with its own seed, and the README and the user
 * guide describe that run: "a provocation, DEFCON III approved by both presidents, OPCON of
 * designated ROK forces passing to the U.S.-led Combined Forces Command, war, and the return to
 * the armistice". Each clause is checked against the run's log, so the description cannot drift.
 */
describe('the npm start run does what its description says', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const args = pkg.scripts.start.replace(/^node dist\/cli\/main\.js /, '').split(' ');
  const r = opcon([...args, '--format', 'jsonl']);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const designated = new Set(
    (readFileSync('scenarios/korea/escalation.yaml', 'utf8').match(/\{id: (rok-[a-z0-9-]+),[^}]*designated: true/g) ?? []).map((m) => /id: ([a-z0-9-]+)/.exec(m)![1]!),
  );

  it('runs the Korean escalation with the scenario seed', () => {
    expect(args).toEqual(['run', 'scenarios/korea/escalation.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(records[0]).toMatchObject({ type: 'run-start', scenario: 'korea-escalation', seed: '20260301' });
  });

  it('opens with a provocation: a hostile act', () => {
    expect(records.some((x) => x.type === 'event' && x.event === 'hostile-act')).toBe(true);
  });

  it('DEFCON III is approved by both presidents before it takes effect', () => {
    const defcon3 = records.findIndex((x) => x.type === 'state' && x.machine === 'theater.defcon' && x.to === '3');
    expect(defcon3).toBeGreaterThan(0);
    for (const president of ['us-president', 'rok-president']) {
      const i = records.findIndex((x) => x.type === 'decision' && x.authority === president && x.subject === 'defcon:3' && x.outcome === 'approved');
      expect(i, president).toBeGreaterThan(0);
      expect(i).toBeLessThan(defcon3);
    }
  });

  it('OPCON of the designated ROK forces passes to the CFC, and comes back after the war', () => {
    expect(designated.size).toBeGreaterThan(5);
    const toCfc = new Set(records.filter((x) => x.type === 'command' && x.relationship === 'opcon' && x.to === 'cfc').map((x) => x.force as string));
    for (const f of designated) expect(toCfc.has(f), f).toBe(true);
    const last = new Map<string, unknown>();
    for (const x of records) if (x.type === 'command' && x.relationship === 'opcon') last.set(x.force as string, x.to);
    for (const f of designated) expect(last.get(f), f).toBe('rok-jcs');
  });

  it('goes to war and ends back in the armistice', () => {
    const postures = records.filter((x) => x.type === 'state' && x.machine === 'theater.posture').map((x) => x.to);
    expect(postures).toContain('hostilities');
    expect(postures.at(-1)).toBe('armistice');
  });
});
