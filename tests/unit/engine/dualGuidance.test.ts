import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import type { FrictionModel } from '../../../src/model/design.js';
import { DAY } from '../../../src/model/time.js';
import { design, event, model } from '../../helpers/miniModel.js';

const base: FrictionModel = { ratePerDay: 4, resolution: { kind: 'fixed', value: 60 * 60_000 }, assumption: 'test' };

/** Friction start records when designated ROK and U.S. forces fight under the combined CFC from day 2 to day 4. */
function episodes(friction: FrictionModel, engaged: 'designated' | 'all' = 'designated'): number {
  const m = model({
    design: design({ friction }),
    timeline: [
      event('raise', DAY, { kind: 'set-level', level: 'defcon', value: 3 }),
      event('fight', 2 * DAY, { kind: 'engage', forces: engaged === 'all' ? {} : { designated: true }, engaged: true }),
      event('stop', 4 * DAY, { kind: 'engage', forces: {}, engaged: false }),
    ],
  });
  return simulate(m, { seed: '3' }).records.filter((r) => r.type === 'friction' && r.phase === 'start').length;
}

describe('divergent guidance under one combined commander answering to two governments', () => {
  it('arises at the dual-guidance rate while both nations fight under the combined commander', () => {
    expect(episodes(base)).toBe(0);
    expect(episodes({ ...base, dualGuidance: { ratePerDay: 4, assumption: 'test' } })).toBeGreaterThan(2);
  });

  it('uses the parallel-command rate when a nation fights outside the combined command', () => {
    const parallel = episodes(base, 'all');
    expect(parallel).toBeGreaterThan(2);
    expect(episodes({ ...base, dualGuidance: { ratePerDay: 0, assumption: 'test' } }, 'all')).toBe(parallel);
  });
});

describe('a design cannot leave a combined command under two governments friction-free', () => {
  it('refuses friction: without dual-guidance when such a command takes forces', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadDesign } = await import('../../../src/scenario/index.js');
    const { problemsOf } = await import('../scenario/helpers.js');
    const file = join(mkdtempSync(join(tmpdir(), 'opcon-dual-')), 'd.yaml');
    const text = (dual: string) =>
      'design: d\nextends: us-japan-acm-2015\nname: n\nsummary: s\nassumption: test\nheadquarters:\n  - {id: chq, name: C, kind: combined, commander: US, deputy: JPN, authorities: [us-president, jpn-government], assumption: test}\n' +
      'rules:\n  - {id: r, forces: {nations: [US]}, to: chq, when: always, assumption: test}\nfriction:\n  rate-per-day: 1\n  resolution: 6h\n  assumption: test\n' + dual;
    writeFileSync(file, text(''));
    expect(problemsOf(() => loadDesign(file))).toEqual([
      `${file}:11:3: combined headquarters \`chq\` answers to the governments of JPN and US, but friction: has no dual-guidance: rate; add dual-guidance: {rate-per-day: N, source: or assumption:} under friction: (national guidance from both governments reaches its commander; docs/mechanisms.md)`,
    ]);
    writeFileSync(file, text('  dual-guidance: {rate-per-day: 0.5, assumption: test}\n'));
    expect(loadDesign(file).friction!.dualGuidance).toEqual({ ratePerDay: 0.5, assumption: 'test' });
  });
});
