import { describe, expect, it } from 'vitest';
import { scoreRecords } from '../../../src/metrics/runScorer.js';
import { crossCheckC2 } from '../../../src/metrics/c2Approach.js';
import { korea } from './logBuilder.js';

const armistice = { posture: 'armistice', phase: 0 };

/** Hostile act at 10h engaging rok-1 and us-1; CFC takes rok-1 at 12h and us-1 at 15h. */
function cfcTakesOver() {
  return korea({ initial: armistice })
    .at(8).state('rule.r1', 'inactive', 'awaiting-approval')
    .at(10).hostile().engage('rok-1').engage('us-1').state('theater.phase', '0', '2')
    .at(11).state('rule.r1', 'awaiting-approval', 'transferring')
    .at(12).command('rok-1', 'rok-jcs', 'cfc', 'r1').state('rule.r1', 'transferring', 'transferred')
    .at(13).state('rule.r2', 'inactive', 'transferring')
    .at(15).command('us-1', 'usfk', 'cfc', 'r2').state('rule.r2', 'transferring', 'transferred')
    .at(20).state('rule.r3', 'inactive', 'awaiting-approval')
    .at(21).state('rule.r3', 'awaiting-approval', 'refused');
}

describe('decision latency', () => {
  it('runs from the first hostile act to allied forces in action under a working arrangement with no handover pending over them', () => {
    // The combined command directs rok-1 from 12h and links the U.S. holder by itself; r1 moved an engaged force.
    const row = scoreRecords(cfcTakesOver().end(100).records);
    expect(row['decision-latency-h']).toBe(2);
    expect(row['decision-censored']).toBe(0);
  });

  it('waits for a handover under way that will move an engaged force, even under an active body', () => {
    const b = korea({ initial: armistice, bodyInitial: 'active' })
      .at(5).state('rule.r1', 'inactive', 'awaiting-approval')
      .at(10).hostile().engage('rok-1').engage('us-1')
      .at(16).state('rule.r1', 'awaiting-approval', 'transferring')
      .at(18).state('rule.r1', 'transferring', 'transferred').command('rok-1', 'rok-jcs', 'rok-jcs', 'r1');
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(8);
  });

  it('ignores a handover that moves no engaged force, or is refused', () => {
    const b = korea({ initial: armistice, bodyInitial: 'active' })
      .at(5).state('rule.r1', 'inactive', 'transferring').state('rule.r2', 'inactive', 'awaiting-approval')
      .at(10).hostile().engage('rok-1').engage('us-1')
      .at(18).state('rule.r1', 'transferring', 'transferred').command('rok-2', 'rok-jcs', 'cfc', 'r1')
      .at(20).state('rule.r2', 'awaiting-approval', 'refused');
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(0);
  });

  it('waits for a gate request until its authorities decide or the level changes', () => {
    const gate = (settle: (b: ReturnType<typeof korea>) => ReturnType<typeof korea>) =>
      scoreRecords(
        settle(
          korea({ initial: armistice, bodyInitial: 'active' })
            .at(10).hostile().engage('rok-1').engage('us-1')
            .add({ type: 'request', request: 'req-1', subject: 'defcon:3', authorities: ['a', 'b'], mode: 'all' })
            .at(12).add({ type: 'decision', request: 'req-1', authority: 'a', subject: 'defcon:3', outcome: 'approved' }),
        ).end(100).records,
      )['decision-latency-h'];
    expect(gate((b) => b.at(15).add({ type: 'decision', request: 'req-1', authority: 'b', subject: 'defcon:3', outcome: 'approved' }))).toBe(5);
    expect(gate((b) => b.at(14).add({ type: 'decision', request: 'req-1', authority: 'b', subject: 'defcon:3', outcome: 'refused' }))).toBe(4);
    expect(gate((b) => b.at(13).state('theater.defcon', '4', '3'))).toBe(3);
  });

  it('counts an active body linking the holders (a holder is represented through its military chain)', () => {
    const b = korea({ initial: armistice }).at(10).hostile().engage('rok-1').engage('us-1').at(13).body('mcm', 'dormant', 'active');
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(3);
  });

  it('uses the membership of the active level: a level without the U.S. holder links nothing', () => {
    const b = korea({ initial: armistice })
      .at(10).hostile().engage('rok-1').engage('us-1')
      .at(13).body('mcm', 'dormant', 'active', 'working')
      .at(20).body('mcm', 'active', 'active', null);
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(10);
  });

  it('judges an instant by its state after all its records, not a transient one', () => {
    const b = korea({ initial: armistice })
      .at(10).hostile().engage('rok-1').engage('us-1').command('rok-1', 'rok-jcs', 'usfk', 'r1').command('rok-1', 'usfk', 'rok-jcs', 'r1')
      .at(14).command('us-1', 'usfk', 'cfc', 'r2');
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(4);
  });

  it('needs allied action: censored while only one nation is engaged; null without a hostile act', () => {
    const none = scoreRecords(korea({ initial: armistice }).end(100).records);
    expect(none['decision-latency-h']).toBeNull();
    expect(none['decision-censored']).toBeNull();
    const alone = scoreRecords(korea({ initial: armistice, bodyInitial: 'active' }).at(10).hostile().engage('rok-1').engage('rok-2').end(100).records);
    expect(alone['decision-latency-h']).toBe(90);
    expect(alone['decision-censored']).toBe(1);
  });

  it('treats a standing body from run-start as active from the first minute', () => {
    const b = korea({ initial: armistice, bodyInitial: 'active' }).at(10).hostile().engage('rok-1').engage('us-1');
    expect(scoreRecords(b.end(100).records)['decision-latency-h']).toBe(0);
  });
});

describe('an integrated combined command links its nations by itself', () => {
  it('links national holders of its nations once it directs a force, not before', () => {
    const b = korea({ initial: { posture: 'crisis', phase: 1 }, bodies: false })
      .at(0).engage('rok-1').engage('us-1')
      .at(10).command('rok-2', 'rok-jcs', 'cfc', 'r1');
    // 0-10h: ROK JCS and USFK with no link; from 10h CFC directs rok-2 and links both.
    expect(scoreRecords(b.end(100).records)['coordination-gap-h']).toBe(10);
  });
});

describe('transfer latency and force-hours in transfer', () => {
  it('measures each rule from leaving inactive to its first command; null when it never moved a force', () => {
    const row = scoreRecords(cfcTakesOver().end(100).records);
    expect(row['transfer-latency-h.r1']).toBe(4);
    expect(row['transfer-latency-h.r2']).toBe(2);
    expect(row['transfer-latency-h.r3']).toBeNull();
    expect(row).not.toHaveProperty('transfer-latency-h.r4');
    // r1: transferring 11h -> command 12h; r2: 13h -> 15h.
    expect(row['force-hours-in-transfer']).toBe(3);
  });

  it('does not count the commands of a return', () => {
    const b = korea({ initial: armistice })
      .at(1).state('rule.r1', 'inactive', 'transferring')
      .at(2).command('rok-1', 'rok-jcs', 'cfc', 'r1').state('rule.r1', 'transferring', 'transferred')
      .at(5).state('rule.r1', 'transferred', 'returning')
      .at(9).command('rok-1', 'cfc', 'rok-jcs', 'r1');
    expect(scoreRecords(b.end(10).records)['force-hours-in-transfer']).toBe(1);
  });
});

describe('unity of command and coordination gap', () => {
  it('time-weights the number of OPCON holders of engaged forces during hostilities', () => {
    const b = cfcTakesOver().at(10).state('theater.posture', 'armistice', 'hostilities').at(50).state('theater.posture', 'hostilities', 'armistice');
    // 10-15h: two holders; 15-50h: one. (2*5 + 1*35) / 40
    expect(scoreRecords(b.end(100).records)['unity-of-command']).toBeCloseTo(45 / 40, 12);
  });

  it('is null without hostilities; the gap counts only crisis or hostilities', () => {
    const row = scoreRecords(cfcTakesOver().end(100).records);
    expect(row['unity-of-command']).toBeNull();
    expect(row['coordination-gap-h']).toBe(0);
    // Crisis from 5h; the engaged ROK JCS and USFK have no link until CFC directs rok-1 at 12h.
    const crisis = scoreRecords(cfcTakesOver().at(5).state('theater.posture', 'armistice', 'crisis').end(100).records);
    expect(crisis['coordination-gap-h']).toBe(2);
  });

  it('counts components under one commander once, and the TACON holder as the one directing a force', () => {
    const b = korea({ initial: { posture: 'hostilities', phase: 2 } })
      .at(0).engage('rok-1').engage('us-1')
      // usfk is under indopacom: both U.S. holders share that top.
      .at(10).engage('rok-2').command('rok-2', 'rok-jcs', 'indopacom', 'r1')
      .at(20).add({ type: 'command', force: 'rok-1', relationship: 'tacon', from: null, to: 'usfk', rule: 'r2', cause: 0 });
    // 0-10h: rok-jcs, indopacom (2); 10-20h: the same two; 20-100h: rok-1 directed by usfk, so indopacom alone (1).
    expect(scoreRecords(b.end(100).records)['unity-of-command']).toBeCloseTo((2 * 20 + 1 * 80) / 100, 12);
  });

  it('attributes time before the first posture change to its `from` when run-start has no initial levels', () => {
    const b = korea().at(0).engage('rok-1').engage('us-1').at(20).state('theater.posture', 'hostilities', 'post-conflict');
    const row = scoreRecords(b.end(100).records);
    expect(row['unity-of-command']).toBe(2);
    expect(row['coordination-gap-h']).toBe(20);
  });

  it('does not count a gap when only one nation is engaged', () => {
    const b = korea({ initial: { posture: 'crisis', phase: 1 } }).at(0).engage('rok-1').engage('rok-2');
    expect(scoreRecords(b.end(100).records)['coordination-gap-h']).toBe(0);
  });
});

describe('friction and counts', () => {
  it('counts episodes, mean resolution and open ones; refusals, revocations, violations, handovers', () => {
    const b = cfcTakesOver()
      .at(10).add({ type: 'friction', id: 'f1', phase: 'start', nations: ['ROK', 'US'] })
      .at(13).add({ type: 'friction', id: 'f1', phase: 'resolved', nations: ['ROK', 'US'] })
      .at(20).add({ type: 'friction', id: 'f2', phase: 'start', nations: ['ROK', 'US'] })
      .add({ type: 'decision', request: 'q', authority: 'a', subject: 's', outcome: 'refused' })
      .add({ type: 'decision', request: 'q', authority: 'b', subject: 's', outcome: 'refused' })
      .add({ type: 'decision', request: 'q', authority: 'c', subject: 's', outcome: 'revoked' })
      .add({ type: 'decision', request: 'q', authority: 'd', subject: 's', outcome: 'approved' })
      .add({ type: 'constraint', force: 'rok-1', nation: 'ROK', relationship: 'opcon', holder: 'cfc', commander: 'US', law: 'x', rule: 'r1', cause: 0 });
    const row = scoreRecords(b.end(100).records);
    expect(row['friction-episodes']).toBe(2);
    expect(row['friction-resolution-h']).toBe(3);
    expect(row['friction-unresolved']).toBe(1);
    expect(row['refusals']).toBe(2);
    expect(row['revocations']).toBe(1);
    expect(row['constraint-violations']).toBe(1);
    expect(row['handovers-per-force']).toBeCloseTo(2 / 3, 12);
    expect(row['handovers-max']).toBe(1);
  });
});

describe('C2 approach per phase', () => {
  it('takes the longest-held approach of each phase', () => {
    const row = scoreRecords(cfcTakesOver().end(100).records);
    // Phase 0 (0-10h): parallel command, nothing engaged, no body: de-conflicted.
    expect(row['c2.phase-0']).toBe(1);
    // Phase 2: conflicted 10-15h, then one combined commander 15-100h: collaborative.
    expect(row['c2.phase-2']).toBe(3);
    expect(row).not.toHaveProperty('c2.phase-1');
  });

  it('is coordinated under an active body and conflicted when engaged nations have no link', () => {
    const linked = scoreRecords(korea({ initial: armistice, bodyInitial: 'active' }).end(10).records);
    expect(linked['c2.phase-0']).toBe(2);
    const conflicted = scoreRecords(korea({ initial: armistice }).at(0).engage('rok-1').engage('us-1').end(10).records);
    expect(conflicted['c2.phase-0']).toBe(0);
  });

  it('cross-checks observed approaches with the declared ones', () => {
    const checks = crossCheckC2({ 'c2.phase-0': 1, 'c2.phase-2': 3 }, ['de-conflicted', undefined, 'coordinated']);
    expect(checks).toEqual([
      { phase: 0, declared: 'de-conflicted', observed: 'de-conflicted', agrees: true },
      { phase: 2, declared: 'coordinated', observed: 'collaborative', agrees: false },
    ]);
  });
});
