import fc from 'fast-check';

/**
 * Generators for runaway models (issue 11), kept apart from the loader-mutation generators:
 * rule-and-body trigger graphs that may loop, and rates kept up over spans from a day to nine
 * thousand years. Each case is a whole scenario text with an inline design extending
 * us-rok-cfc-1994, plus what the test knows about it (does its trigger graph loop?).
 */

export interface RunawayCase {
  readonly text: string;
  /** True when some rule or body reads, through others or directly, its own state. */
  readonly loops: boolean;
}

const RULE_STATES = ['inactive', 'awaiting-approval', 'transferring', 'transferred', 'returning', 'refused'] as const;
const BODY_STATES = ['dormant', 'activating', 'active', 'standing-down'] as const;
const LEVELS = ['low', 'high'] as const;

/** One test a condition makes: a theater variable (never a loop) or another element's state. */
type Read = { kind: 'defcon'; value: number } | { kind: 'fact'; value: boolean } | { kind: 'rule'; index: number; state: string } | { kind: 'body'; index: number; state: string } | { kind: 'level'; index: number; level: string };

const readArb = (rules: number, bodies: number): fc.Arbitrary<Read> =>
  fc.oneof(
    fc.record({ kind: fc.constant('defcon' as const), value: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('fact' as const), value: fc.boolean() }),
    fc.record({ kind: fc.constant('rule' as const), index: fc.nat(rules - 1), state: fc.constantFrom(...RULE_STATES) }),
    ...(bodies > 0
      ? [
          fc.record({ kind: fc.constant('body' as const), index: fc.nat(bodies - 1), state: fc.constantFrom(...BODY_STATES) }),
          fc.record({ kind: fc.constant('level' as const), index: fc.nat(bodies - 1), level: fc.constantFrom(...LEVELS) }),
        ]
      : []),
  );

/** A condition as YAML flow text: one or two tests (two read as "all"). */
const conditionArb = (rules: number, bodies: number) => fc.uniqueArray(readArb(rules, bodies), { minLength: 1, maxLength: 2, selector: (r) => writes(r) ?? r.kind });

function writes(r: Read): string | undefined {
  return r.kind === 'rule' ? `rule.r${r.index}` : r.kind === 'body' ? `body.b${r.index}` : r.kind === 'level' ? `body.b${r.index}.level` : undefined;
}

function conditionText(reads: readonly Read[]): string {
  const parts = reads.map((r) => {
    switch (r.kind) {
      case 'defcon':
        return `defcon: ${r.value}`;
      case 'fact':
        return `fact.alert: ${r.value}`;
      case 'rule':
        return `rule.r${r.index}: ${r.state}`;
      case 'body':
        return `body.b${r.index}: ${r.state}`;
      case 'level':
        return `body.b${r.index}.level: ${r.level}`;
    }
  });
  // Two tests of one variable would repeat a YAML key: keep the first.
  const seen = new Set<string>();
  return `{${parts.filter((p) => !seen.has(p.split(':')[0]!) && seen.add(p.split(':')[0]!)).join(', ')}}`;
}

const latencyArb = fc.constantFrom('0m', '0m', '1m', '1h');

/** Rules and bodies whose conditions read theater variables and each other's states at random. */
export const triggerGraphCase: fc.Arbitrary<RunawayCase> = fc
  .record({ rules: fc.integer({ min: 1, max: 4 }), bodies: fc.integer({ min: 0, max: 2 }) })
  .chain(({ rules, bodies }) =>
    fc.record({
      rules: fc.array(fc.record({ when: conditionArb(rules, bodies), back: conditionArb(rules, bodies), latency: latencyArb, returnLatency: latencyArb }), { minLength: rules, maxLength: rules }),
      bodies: fc.array(fc.record({ on: conditionArb(rules, bodies), off: conditionArb(rules, bodies), high: conditionArb(rules, bodies), initial: fc.constantFrom('dormant', 'active') }), { minLength: bodies, maxLength: bodies }),
      flips: fc.array(fc.record({ minute: fc.nat(600), defcon: fc.integer({ min: 2, max: 5 }) }), { maxLength: 6 }),
      // Random graphs nearly always loop: half the cases keep only reads of earlier elements.
      ordered: fc.boolean(),
    }),
  )
  .map(({ rules: rawRules, bodies: rawBodies, flips, ordered }) => {
    const nodeOf = (r: Read) => (r.kind === 'rule' ? r.index : r.kind === 'body' || r.kind === 'level' ? rawRules.length + r.index : -1);
    const keep = (self: number) => (reads: Read[]) => (ordered ? reads.map((r) => (nodeOf(r) >= self ? ({ kind: 'defcon', value: 3 } as const) : r)) : reads);
    const rules = rawRules.map((r, i) => ({ ...r, when: keep(i)(r.when), back: keep(i)(r.back) }));
    const bodies = rawBodies.map((b, i) => ({ ...b, on: keep(rawRules.length + i)(b.on), off: keep(rawRules.length + i)(b.off), high: keep(rawRules.length + i)(b.high) }));
    const ruleText = rules.map(
      (r, i) =>
        `    - id: r${i}\n      to: cfc\n      forces: {ids: [f${i % 2}]}\n      when: ${conditionText(r.when)}\n      return-when: ${conditionText(r.back)}\n      latency: ${r.latency}\n      return-latency: ${r.returnLatency}\n      assumption: fuzz`,
    );
    const bodyText = bodies.map(
      (b, i) =>
        `    - id: b${i}\n      name: B${i}\n      members: [cfc, rok-jcs]\n      initial: ${b.initial}\n      activate-when: ${conditionText(b.on)}\n      stand-down-when: ${conditionText(b.off)}\n      levels:\n        - {name: high, when: ${conditionText(b.high)}, assumption: fuzz}\n        - {name: low, assumption: fuzz}\n      assumption: fuzz`,
    );
    const events = flips.map((f, i) => `  - {id: e${i}, at: T+${f.minute}m, label: flip, defcon: ${f.defcon}, assumption: fuzz}`);
    const text = [
      'scenario: fuzz-trigger-graph',
      'title: Fuzz trigger graph',
      'design:',
      '  extends: us-rok-cfc-1994',
      '  gates: []',
      `  rules:\n${ruleText.join('\n')}`,
      ...(bodyText.length > 0 ? [`  bodies:\n${bodyText.join('\n')}`] : []),
      'start: 2026-03-01T00:00Z',
      'end: T+2d',
      'initial: {defcon: 4}',
      'forces:',
      '  - {id: f0, name: F0, nation: ROK, component: land, home: rok-jcs}',
      '  - {id: f1, name: F1, nation: US, component: land, home: usfk}',
      ...(events.length > 0 ? ['timeline:', ...events] : []),
      '',
    ].join('\n');
    // The graph as the test sees it, independently of the loader: element -> elements it reads.
    const readsOf = [...rules.map((r) => [...r.when, ...r.back]), ...bodies.map((b) => [...b.on, ...b.off, ...b.high])];
    const node = (w: string) => (w.startsWith('rule.') ? Number(w.slice(6)) : rules.length + Number(w.split('.')[1]!.slice(1)));
    const edges = readsOf.map((reads) => reads.map(writes).filter((w): w is string => w !== undefined).map(node));
    return { text, loops: hasLoop(edges) };
  });

/** True when the graph (node -> nodes it reads) has a cycle, a self-read included. */
function hasLoop(reads: readonly number[][]): boolean {
  const state = reads.map(() => 0); // 0 new, 1 on the path, 2 done
  const visit = (n: number): boolean => {
    state[n] = 1;
    for (const m of reads[n]!) if (state[m] === 1 || (state[m] === 0 && visit(m))) return true;
    state[n] = 2;
    return false;
  };
  return reads.some((_, n) => state[n] === 0 && visit(n));
}

const YEAR_DAYS = 365;

/**
 * Friction rates from none to far beyond one a minute, over spans from a day to nine thousand
 * years, with or without an engagement that lets friction arise, and DEFCON flips that move
 * every force: each either runs within the budgets or is refused with an InputError, fast.
 */
export const runawayRateCase: fc.Arbitrary<string> = fc
  .record({
    startYear: fc.constantFrom(1000, 1950, 2026, 9000),
    spanDays: fc.constantFrom(1, 30, 10 * YEAR_DAYS, 8999 * YEAR_DAYS),
    rate: fc.constantFrom(0, 0.5, 10, 1000, 1e9),
    engaged: fc.boolean(),
    forces: fc.integer({ min: 2, max: 60 }),
    flips: fc.integer({ min: 0, max: 40 }),
  })
  .filter(({ startYear, spanDays }) => startYear + spanDays / YEAR_DAYS < 9999)
  .map(({ startYear, spanDays, rate, engaged, forces, flips }) => {
    const forceLines = Array.from({ length: forces }, (_, i) => `  - {id: f${i}, name: F${i}, nation: ${i % 2 === 0 ? 'ROK' : 'US'}, component: land, designated: true, home: ${i % 2 === 0 ? 'rok-jcs' : 'usfk'}}`);
    const events = [
      ...(engaged ? ['  - {id: clash, at: T+0m, label: clash, hostile-act: {by: DPRK, against: [ROK], engaged: {ids: [f0, f1]}}, assumption: fuzz}'] : []),
      ...Array.from({ length: flips }, (_, i) => `  - {id: flip-${i}, at: T+${i}h, label: flip, defcon: ${i % 2 === 0 ? 3 : 4}, assumption: fuzz}`),
    ];
    return [
      'scenario: fuzz-runaway-rate',
      'title: Fuzz runaway rate',
      'design:',
      '  extends: us-rok-cfc-1994',
      '  gates: []',
      ...(rate > 0 ? [`  friction: {rate-per-day: ${rate}, resolution: 1h, assumption: fuzz}`] : []),
      `start: ${String(startYear).padStart(4, '0')}-01-01T00:00Z`,
      `end: T+${spanDays}d`,
      'initial: {defcon: 4}',
      'forces:',
      ...forceLines,
      ...(events.length > 0 ? ['timeline:', ...events] : []),
      '',
    ].join('\n');
  });
