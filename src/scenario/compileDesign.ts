import type { Condition } from '../model/condition.js';
import type { Authority, BodyLevel, C2Approach, CommandTerm, CoordinationBody, Design, Gate, Headquarters, Modifier, MovableRelationship, NationalConstraint, Officer, ParameterEffect, ParameterRead, Plan, Standing, SupportRelationship, TransferRule } from '../model/design.js';
import { TERM_SLOT } from '../model/design.js';
import { checkDecidable, checkSilenceSourced, compileAuthorities, compileMeetings, compilePlans, compileTargets } from './compileProcedures.js';
import { IMMEDIATE, type Distribution } from '../model/distribution.js';
import type { LevelName } from '../model/theater.js';
import { compileColocation } from './compileColocation.js';
import { compileCondition, type ConditionScope } from './compileCondition.js';
import { compileDistribution, compileSelector, duration, reportUnknown } from './compileParts.js';
import { parseDuration } from '../model/time.js';
import { at, checkNation, checkProvenance, checkRef, checkUnique } from './designChecks.js';
import type { RawDesign } from './designSchema.js';
import { keyPosition, positionOf, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';
import { checkTriggerCycles } from './triggerCycles.js';

type RawHq = RawDesign['headquarters'][number];
type RawRule = NonNullable<RawDesign['rules']>[number];

/**
 * Compiles a schema-valid, merged design into a fully defaulted {@link Design}, checking every
 * cross reference (headquarters, authorities, bodies, rules), nations and provenance. Problems go
 * to `problems`; the result is only meaningful when none were added.
 */
export function compileDesign(raw: RawDesign, problems: ProblemList, parameterReads: readonly ParameterRead[] = []): Design {
  const nations = new Set(raw.nations);
  const hqIds = new Set(raw.headquarters.map((h) => h.id));
  const authIds = new Set(raw.authorities.map((a) => a.id));
  const ruleIds = new Set((raw.rules ?? []).map((r) => r.id));
  const gateIds = new Set((raw.gates ?? []).map((g) => g.id));
  const bodies = new Map((raw.bodies ?? []).map((b) => [b.id, new Set(b.levels ? b.levels.map((l) => l.name) : ['active'])] as const));
  const scope: ConditionScope = { rules: ruleIds, bodies };
  const cond = (entry: object, key: string, fallback: Condition = { kind: 'never' }): Condition => {
    const v = (entry as Record<string, unknown>)[key];
    return v === undefined ? fallback : compileCondition(v, scope, problems, valuePosition(entry, key));
  };
  const dist = (entry: object, key: string, fallback: Distribution = IMMEDIATE): Distribution => {
    const v = (entry as Record<string, unknown>)[key];
    return v === undefined ? fallback : compileDistribution(v, problems, valuePosition(entry, key));
  };
  const selScope = { headquarters: hqIds };

  for (const [list, key, kind] of [
    [raw.authorities, 'id', 'authority'],
    [raw.headquarters, 'id', 'headquarters'],
    [raw.officers, 'id', 'officer'],
    [raw.support, 'id', 'support relationship'],
    [raw.bodies, 'id', 'body'],
    [raw.gates, 'id', 'gate'],
    [raw.standing, 'id', 'standing assignment'],
    [raw.rules, 'id', 'rule'],
    [raw.constraints, 'nation', 'constraint for nation'],
    [raw.colocation, 'id', 'co-location'],
    [raw.modifiers, 'id', 'modifier'],
    [raw.parameters, 'name', 'parameter'],
  ] as const) {
    checkUnique(list, key, kind, problems);
  }

  const procCtx = { problems, nations, cond, dist };
  const authorities: Authority[] = compileAuthorities(raw.authorities, procCtx);

  const headquarters = raw.headquarters.map((h) => compileHeadquarters(h, nations, hqIds, authIds, problems));
  checkParentCycles(raw.headquarters, problems);
  const officers = compileOfficers(raw, headquarters, nations, hqIds, problems);

  const support: SupportRelationship[] = (raw.support ?? []).map((r) => {
    checkProvenance(r, 'support relationship', problems);
    checkRef(r, 'supported', hqIds, 'headquarters', problems);
    checkRef(r, 'supporting', hqIds, 'headquarters', problems);
    if (r.supporting.includes(r.supported)) problems.add(at(r, 'supporting'), `support relationship \`${r.id}\` has \`${r.supported}\` supporting itself`, 'list other headquarters under supporting:');
    return { id: r.id, supported: r.supported, supporting: r.supporting, kind: r.kind ?? 'general', when: cond(r, 'when', { kind: 'always' }), ...prov(r) };
  });

  const compiledBodies: CoordinationBody[] = (raw.bodies ?? []).map((b) => {
    checkProvenance(b, 'body', problems);
    checkRef(b, 'members', hqIds, 'headquarters', problems);
    checkUnique(b.levels, 'name', 'level', problems);
    const levels: BodyLevel[] = b.levels
      ? b.levels.map((l) => {
          checkProvenance(l, 'level', problems);
          checkRef(l, 'members', hqIds, 'headquarters', problems);
          return { name: l.name, when: cond(l, 'when', { kind: 'always' }), seniority: l.seniority ?? '', members: l.members ?? b.members, latencyFactor: l['latency-factor'] ?? 1, ...prov(l) };
        })
      : [{ name: 'active', when: { kind: 'always' }, seniority: '', members: b.members, latencyFactor: 1, ...prov(b) }];
    return {
      id: b.id,
      name: b.name,
      members: b.members,
      initial: b.initial ?? 'dormant',
      activateWhen: cond(b, 'activate-when'),
      activation: dist(b, 'activation'),
      standDownWhen: cond(b, 'stand-down-when'),
      standDown: dist(b, 'stand-down'),
      levels,
      ...prov(b),
    };
  });

  const gates: Gate[] = (raw.gates ?? []).map((g) => {
    checkProvenance(g, 'gate', problems);
    checkRef(g, 'approvals', authIds, 'authority', problems);
    checkDeadline(g, problems);
    checkSilenceSourced(g, problems);
    const decision = g.decision ?? g.level;
    checkDecidable(g, decision, authorities, problems);
    return {
      id: g.id,
      level: g.level as LevelName,
      to: compileCondition(g.to, { ...scope, only: g.level }, problems, valuePosition(g, 'to')),
      approvals: g.approvals,
      decision,
      mode: g.mode ?? 'all',
      deadline: dist(g, 'deadline'),
      ...prov(g),
    };
  });

  const standing: Standing[] = (raw.standing ?? []).map((s) => {
    checkProvenance(s, 'standing assignment', problems);
    checkRef(s, 'holder', hqIds, 'headquarters', problems);
    return { id: s.id, forces: compileSelector(s.forces, selScope, problems), relationship: s.relationship, term: compileTerm(s, s.relationship, problems), holder: s.holder, ...prov(s) };
  });

  const plans = compilePlans(raw.plans, authorities, procCtx);
  const rules: TransferRule[] = (raw.rules ?? []).map((r) => compileRule(r, { hqIds, authIds, authorities, plans, problems, cond, dist, selScope }));
  checkTriggerCycles(rules, raw.rules ?? [], compiledBodies, raw.bodies ?? [], problems);

  const constraints: NationalConstraint[] = (raw.constraints ?? []).map((c) => {
    checkProvenance(c, 'constraint', problems);
    checkNation(c, 'nation', nations, problems);
    if (c.holders) checkRef(c, 'holders', hqIds, 'headquarters', problems);
    return { nation: c.nation, opcon: c.opcon ?? 'any', tacon: c.tacon ?? 'any', ...(c.holders ? { holders: c.holders } : {}), law: c.law ?? '', ...prov(c) };
  });

  const { colocation, directorateLimits, modifiers: colocationModifiers } = compileColocation(raw, authorities, nations, hqIds, problems);

  const modifiers: Modifier[] = (raw.modifiers ?? []).map((m) => {
    checkProvenance(m, 'modifier', problems);
    if (m.rules !== 'all') checkRef(m, 'rules', ruleIds, 'rule', problems);
    if (m.gates !== 'all') checkRef(m, 'gates', gateIds, 'gate', problems);
    return {
      id: m.id,
      when: cond(m, 'when', { kind: 'always' }),
      rules: m.rules ?? [],
      gates: m.gates ?? [],
      procedures: m.procedures === 'all' ? 'all' : compileTargets(m.procedures ?? [], `modifier \`${m.id}\``, authorities, problems),
      latencyFactor: m['latency-factor'] ?? 1,
      frictionFactor: m['friction-factor'] ?? 1,
      ...(m['by-parameter'] ? { byParameter: compileParameterEffect(m['by-parameter'], raw.parameters ?? [], problems) } : {}),
      ...prov(m),
    };
  });

  if (raw.friction) checkProvenance(raw.friction, 'friction', problems);
  const dual = raw.friction?.['dual-guidance'];
  if (dual) checkProvenance(dual, 'dual-guidance friction', problems);
  if (raw.friction && !dual) checkCombinedUnderOneGovernment(raw, headquarters, authorities, new Set([...rules.map((r) => r.to), ...standing.map((s) => s.holder)]), problems);
  const c2: (C2Approach | undefined)[] = [0, 1, 2, 3, 4, 5].map((p) => raw.c2?.[`phase-${p}` as 'phase-0']);

  return {
    id: raw.design,
    name: raw.name,
    alliance: raw.alliance,
    summary: raw.summary,
    ...prov(raw),
    nations: raw.nations,
    authorities,
    headquarters,
    officers,
    support,
    bodies: compiledBodies,
    gates,
    standing,
    rules,
    constraints,
    colocation,
    directorateLimits,
    // Co-location acts through derived modifiers, after the design's own (docs/mechanisms.md).
    modifiers: [...modifiers, ...colocationModifiers],
    meetings: compileMeetings(raw.meetings, authorities, procCtx),
    plans,
    ...(raw.friction
      ? {
          friction: {
            ratePerDay: raw.friction['rate-per-day'],
            resolution: dist(raw.friction, 'resolution'),
            ...(dual ? { dualGuidance: { ratePerDay: dual['rate-per-day'], ...prov(dual) } } : {}),
            ...prov(raw.friction),
          },
        }
      : {}),
    c2,
    parameters: (raw.parameters ?? []).map((p) => ({ name: p.name, value: p.value, description: p.description ?? '', ...prov(p) })),
    parameterReads,
  };
}

/**
 * A combined command that takes forces (a rule's `to`, a standing holder) and whose chain answers to the governments of several nations receives
 * national guidance from each (Hornung 2015, p. 17), so a design with a friction model must
 * say how often it diverges there: it is never friction-free by construction.
 */
function checkCombinedUnderOneGovernment(raw: RawDesign, headquarters: readonly Headquarters[], authorities: readonly Authority[], holders: ReadonlySet<string>, problems: ProblemList): void {
  const byId = new Map(headquarters.map((h) => [h.id, h]));
  const nationOf = new Map(authorities.map((a) => [a.id, a.nation]));
  for (const h of headquarters) {
    if (h.kind !== 'combined' || !holders.has(h.id)) continue;
    const nations = new Set<string>();
    const seen = new Set<string>();
    for (let x: Headquarters | undefined = h; x && !seen.has(x.id); x = x.parent === undefined ? undefined : byId.get(x.parent)) {
      seen.add(x.id);
      for (const a of x.authorities) if (nationOf.has(a)) nations.add(nationOf.get(a)!);
    }
    if (nations.size < 2) continue;
    problems.add(
      keyPosition(raw.friction, 'rate-per-day'),
      `combined headquarters \`${h.id}\` answers to the governments of ${[...nations].sort().join(' and ')}, but friction: has no dual-guidance: rate`,
      'add dual-guidance: {rate-per-day: N, source: or assumption:} under friction: (national guidance from both governments reaches its commander; docs/mechanisms.md)',
    );
    return;
  }
}

function compileHeadquarters(h: RawHq, nations: Set<string>, hqIds: Set<string>, authIds: Set<string>, problems: ProblemList): Headquarters {
  checkProvenance(h, 'headquarters', problems);
  for (const k of ['nation', 'commander', 'deputy']) checkNation(h, k, nations, problems);
  if (h.kind !== 'combined' && h.nation === undefined) problems.add(positionOf(h), `${h.kind} headquarters \`${h.id}\` has no \`nation:\``, 'add nation: (required for national and political headquarters)');
  const commander = h.commander ?? h.nation;
  if (commander === undefined) problems.add(positionOf(h), `combined headquarters \`${h.id}\` has no \`commander:\``, "add commander: (the commander's nation)");
  if (h.parent !== undefined) checkRef(h, 'parent', hqIds, 'headquarters', problems);
  checkRef(h, 'authorities', authIds, 'authority', problems);
  if (h.parent === undefined && (h.authorities ?? []).length === 0) {
    problems.add(positionOf(h), `headquarters \`${h.id}\` tops a chain of command but answers to no authority`, 'add parent: (the headquarters it reports to) or authorities: [...]');
  }
  return {
    id: h.id,
    name: h.name,
    kind: h.kind,
    ...(h.nation !== undefined ? { nation: h.nation } : {}),
    commander: commander ?? '',
    ...(h.deputy !== undefined ? { deputy: h.deputy } : {}),
    ...(h.parent !== undefined ? { parent: h.parent } : {}),
    authorities: h.authorities ?? [],
    echelon: h.echelon ?? '',
    warfighting: h.warfighting ?? true,
    ...(h.role !== undefined ? { role: h.role } : {}),
    ...(h['home-term'] !== undefined ? { homeTerm: h['home-term'] } : {}),
    ...prov(h),
  };
}

/**
 * Officers heading several headquarters: each headquarters has at most one, and the officer's
 * nationality is that of every headquarters' commander (one person, one nationality).
 */
function compileOfficers(raw: RawDesign, headquarters: readonly Headquarters[], nations: Set<string>, hqIds: Set<string>, problems: ProblemList): Officer[] {
  const byId = new Map(headquarters.map((h) => [h.id, h]));
  const headedBy = new Map<string, string>();
  return (raw.officers ?? []).map((o) => {
    checkProvenance(o, 'officer', problems);
    checkNation(o, 'nation', nations, problems);
    checkRef(o, 'heads', hqIds, 'headquarters', problems);
    o.heads.forEach((id, i) => {
      const other = headedBy.get(id);
      if (other !== undefined) problems.add(valuePosition(o.heads, i), `headquarters \`${id}\` is headed by two officers (\`${other}\` and \`${o.id}\`)`, 'list each headquarters under one officer only');
      headedBy.set(id, o.id);
      const hq = byId.get(id);
      if (hq && hq.commander !== o.nation) problems.add(valuePosition(o.heads, i), `officer \`${o.id}\` (${o.nation}) cannot head \`${id}\`, whose commander is ${hq.commander}`, 'remove it from heads: or change the officer\'s nation');
    });
    return { id: o.id, title: o.title, nation: o.nation, heads: o.heads, ...prov(o) };
  });
}

/** A rule's or standing assignment's `term:`, which must fill the slot of its relationship. */
function compileTerm(entry: { term?: CommandTerm | undefined; id: string }, relationship: MovableRelationship, problems: ProblemList): CommandTerm {
  const term = entry.term ?? relationship;
  if (TERM_SLOT[term] !== relationship) problems.add(at(entry, 'term'), `\`${entry.id}\` moves ${relationship.toUpperCase()} but names the term ${term}, which is a ${TERM_SLOT[term].toUpperCase()} relationship`, `use a ${relationship.toUpperCase()} term (${Object.entries(TERM_SLOT).filter(([, v]) => v === relationship).map(([k]) => k).join(', ')})`);
  return term;
}

function checkParentCycles(hqs: readonly RawHq[], problems: ProblemList): void {
  const parent = new Map(hqs.map((h) => [h.id, h.parent]));
  for (const h of hqs) {
    const seen = new Set<string>([h.id]);
    for (let p = h.parent; p !== undefined; p = parent.get(p)) {
      if (p === h.id) {
        problems.add(at(h, 'parent'), `headquarters \`${h.id}\` is its own ancestor (parent cycle: ${[...seen, p].join(' -> ')})`, 'break the cycle: a chain of command must end at a headquarters with no parent');
        break;
      }
      if (seen.has(p)) break;
      seen.add(p);
    }
  }
}

function checkDeadline(entry: { mode?: string | undefined; deadline?: unknown; id: string }, problems: ProblemList): void {
  if (entry.mode === 'silence' && entry.deadline === undefined) {
    problems.add(positionOf(entry), `\`${entry.id}\` uses the silence procedure without a \`deadline:\``, 'add deadline: (how long the proposal circulates, e.g. 24h)');
  }
}

interface RuleContext {
  hqIds: Set<string>;
  authIds: Set<string>;
  authorities: readonly Authority[];
  plans: readonly Plan[];
  problems: ProblemList;
  cond: (entry: object, key: string, fallback?: Condition) => Condition;
  dist: (entry: object, key: string, fallback?: Distribution) => Distribution;
  selScope: { headquarters: Set<string> };
}

function compileRule(r: RawRule, ctx: RuleContext): TransferRule {
  const { problems } = ctx;
  checkProvenance(r, 'rule', problems);
  checkRef(r, 'to', ctx.hqIds, 'headquarters', problems);
  if (r.from) checkRef(r, 'from', ctx.hqIds, 'headquarters', problems);
  checkRef(r, 'approvals', ctx.authIds, 'authority', problems);
  checkDeadline(r, problems);
  checkSilenceSourced(r, problems);
  const decision = r.decision ?? 'transfer';
  checkDecidable(r, decision, ctx.authorities, problems);
  const plan = r.plan === undefined ? undefined : ctx.plans.find((p) => p.id === r.plan);
  if (r.plan !== undefined && !plan) reportUnknown(problems, valuePosition(r, 'plan'), 'plan', r.plan, ctx.plans.map((p) => p.id));
  if (plan && (r.approvals ?? []).length > 0) {
    problems.add(valuePosition(r, 'approvals'), `rule \`${r.id}\` follows plan \`${plan.id}\` agreed in advance but also asks for approvals`, 'remove approvals: (the plan\'s adoption is the approval) or remove plan: (ad hoc approval)');
  }
  const when = ctx.cond(r, 'when');
  return {
    id: r.id,
    name: r.name ?? r.id,
    relationship: r.relationship ?? 'opcon',
    term: compileTerm(r, r.relationship ?? 'opcon', problems),
    forces: compileSelector(r.forces, ctx.selScope, problems),
    ...(r.from ? { from: r.from } : {}),
    to: r.to,
    // A planned transfer happens only while the plan's predefined circumstances hold too.
    when: plan ? { kind: 'all', of: [when, plan.circumstances] } : when,
    approvals: r.approvals ?? [],
    decision,
    ...(plan ? { plan: plan.id } : {}),
    mode: r.mode ?? 'all',
    deadline: ctx.dist(r, 'deadline'),
    latency: ctx.dist(r, 'latency'),
    returnWhen: ctx.cond(r, 'return-when'),
    returnLatency: ctx.dist(r, 'return-latency'),
    retry: r.retry ?? true,
    reconsider: compileReconsider(r, ctx),
    ...prov(r),
  };
}

/** `reconsider:` of a rule; absent means on escalation (docs/mechanisms.md "Reconsideration"). */
function compileReconsider(r: RawRule, ctx: RuleContext): TransferRule['reconsider'] {
  const raw = r.reconsider;
  if (raw === 'never' || r.retry === false) {
    if (raw !== undefined && raw !== 'never') ctx.problems.add(valuePosition(r, 'reconsider'), `rule \`${r.id}\` has retry: false and a reconsider: mapping`, 'drop retry: false (reconsider: never says the same), or drop reconsider:');
    return 'never';
  }
  if (raw === undefined) return { onEscalation: true };
  checkProvenance(raw, 'reconsideration', ctx.problems);
  return {
    onEscalation: raw['on-escalation'] ?? false,
    ...(raw.after !== undefined ? { after: ctx.dist(raw, 'after') } : {}),
    ...(raw.when !== undefined ? { when: ctx.cond(raw, 'when') } : {}),
    ...prov(raw),
  };
}

type RawEffect = NonNullable<NonNullable<RawDesign['modifiers']>[number]['by-parameter']>;

/** `by-parameter:` of a modifier; the parameter must exist and hold a number. */
function compileParameterEffect(e: RawEffect, parameters: NonNullable<RawDesign['parameters']>, problems: ProblemList): ParameterEffect {
  const p = parameters.find((x) => x.name === e.parameter);
  if (!p) reportUnknown(problems, valuePosition(e, 'parameter'), 'parameter', e.parameter, parameters.map((x) => x.name));
  else if (e.per !== undefined && (typeof p.value !== 'string' || parseDuration(p.value) === undefined)) {
    problems.add(valuePosition(e, 'parameter'), `parameter \`${p.name}\` is not a duration, but \`per:\` reads it as an interval`, 'give the parameter a duration such as 7d, or remove per:');
  } else if (e.per === undefined && typeof p.value !== 'number') problems.add(valuePosition(e, 'parameter'), `parameter \`${p.name}\` is not a number`, 'scale a modifier only by a numeric parameter (a count), or by an interval with per:');
  return { parameter: e.parameter, ...(e.per !== undefined ? { per: duration(e.per) } : {}), halfAt: e['half-at'], latencyFloor: e['latency-floor'], frictionFloor: e['friction-floor'] };
}

/** Copies `source`/`assumption` when present (optional fields stay absent, never undefined). */
function prov(e: { source?: string | undefined; assumption?: string | undefined }): { source?: string; assumption?: string } {
  return { ...(e.source !== undefined ? { source: e.source } : {}), ...(e.assumption !== undefined ? { assumption: e.assumption } : {}) };
}
