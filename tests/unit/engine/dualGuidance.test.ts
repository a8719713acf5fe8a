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
