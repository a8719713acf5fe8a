import { ANY_DECISION, TERM_LABEL, modifierFactors, type Design, type ParameterRead, type ProcedureTarget, type Provenance, type TransferRule } from '../model/design.js';
import { describeDistribution, type Distribution } from '../model/distribution.js';
import type { ForceSelector } from '../model/force.js';
import { describeCondition } from '../model/condition.js';
import { PHASE_NAMES } from '../model/theater.js';
import { formatDuration } from '../model/time.js';

/**
 * Renders the reference of alliance designs (docs/designs.md) from compiled designs. Pure: the
 * same designs give the same bytes, so a test can compare the committed file with a fresh render.
 * Every element is printed with its `source:` and `assumption:`, because the point of the page
 * is to let an instructor check where each rule and number comes from.
 */
export function renderDesignReference(designs: readonly Design[]): string {
  const out: string[] = [
    '# Alliance designs',
    '',
    '<!-- Generated from src/designs/*.yaml by src/output/designReference.ts. Do not edit by hand:',
    '     run `npm run docs:designs` to regenerate (a unit test fails when this file is stale). -->',
    '',
    'Every built-in design, as data with its sources. Page numbers of Hornung 2015 are those printed in',
    'the report (pp. 1-4) continued by counting its pages: the NATO section starts on p. 4, U.S.-ROK on p. 9,',
    'U.S.-Australia on p. 13, the recommendations on p. 16, "Do not integrate commands" on pp. 16-18 (USFJ on',
    'p. 17), the two options for flexibility on pp. 18-19. Citations such as "domain.md (Korea)" point at',
    'the project fact sheet, which names the underlying public source (Agreed Minute, 24th SCM, PDD-25, JP',
    '3-16, the 2015 Guidelines). How each doctrinal term is represented: [doctrine.md](doctrine.md).',
    '',
    '| design | alliance | name | C2 approach by phase 0-5 |',
    '|---|---|---|---|',
    ...designs.map((d) => `| [\`${d.id}\`](#${anchor(d.id)}) | ${cell(d.alliance)} | ${cell(d.name)} | ${c2Row(d)} |`),
    '',
  ];
  for (const d of designs) out.push(...renderDesign(d));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function renderDesign(d: Design): string[] {
  const out: string[] = [`## ${d.id}`, '', `**${d.name}** (alliance \`${d.alliance}\`; nations ${d.nations.join(', ')})`, '', d.summary, '', ...prov(d), ''];

  out.push('### Authorities', '');
  for (const a of d.authorities) {
    out.push(`- **${a.id}** (${a.nation}): ${a.name}. ${provText(a)}`);
    for (const p of a.procedures) {
      out.push(`  - procedure *${p.name}* deciding ${p.decisions.map((k) => (k === ANY_DECISION ? 'any decision' : `\`${k}\``)).join(', ')}: ${provText(p)}`);
      for (const s of p.steps) {
        const timing = s.afterWhen ? `before; after the decision while ${describeCondition(s.afterWhen)}` : s.timing;
        out.push(`    - ${s.name} (by ${s.by}): latency ${dist(s.latency)}, approves with p = ${s.approve}, ${timing}. ${provText(s)}`);
      }
    }
  }
  out.push('', '### Headquarters', '', '| id | name | kind | role | commander / deputy | reports to | warfighting | provenance |', '|---|---|---|---|---|---|---|---|');
  for (const h of d.headquarters) {
    const up = h.parent ?? (h.authorities.length ? h.authorities.join(', ') : '-');
    const role = [h.role ?? '', h.homeTerm ? `holds ${TERM_LABEL[h.homeTerm]} at home` : ''].filter(Boolean).join('; ') || '-';
    out.push(`| ${h.id} | ${cell(h.name)} | ${h.kind} | ${role} | ${h.commander}${h.deputy ? ` / ${h.deputy}` : ''} | ${up} | ${h.warfighting ? 'yes' : 'no'} | ${cell(provText(h))} |`);
  }
  out.push('');
  section(out, 'Officers heading several headquarters', d.officers, (o) => [
    `- **${o.id}** (${o.nation}): ${o.title}, heading ${o.heads.join(', ')}. A handover between these headquarters is a change of hats and takes no transfer time. ${provText(o)}`,
  ]);
  section(out, 'Support relationships', d.support, (r) => [
    `- **${r.id}**: ${r.supporting.join(', ')} supporting ${r.supported} (${r.kind} support) when ${describeCondition(r.when)}; no command passes. ${provText(r)}`,
  ]);

  section(out, 'Coordination bodies', d.bodies, (b) => {
    const lines = [
      `- **${b.id}**: ${b.name}. Members ${b.members.join(', ')}; starts ${b.initial}; activates when ${describeCondition(b.activateWhen)} (after ${dist(b.activation)}); stands down when ${describeCondition(b.standDownWhen)}. ${provText(b)}`,
    ];
    for (const l of b.levels) lines.push(`  - level *${l.name}* when ${describeCondition(l.when)}: ${l.seniority || 'members as listed'}; latency x${l.latencyFactor}. ${provText(l)}`);
    return lines;
  });
  section(out, 'Gates on theater levels', d.gates, (g) => [
    `- **${g.id}**: proposing ${g.level} where ${describeCondition(g.to)} needs ${g.approvals.join(', ') || 'nobody'} to decide \`${g.decision}\` (${modeText(g.mode, g.deadline)}). ${provText(g)}`,
  ]);
  section(out, 'Standing assignments (before the run)', d.standing, (s) => [
    `- **${s.id}**: ${termText(s.relationship, s.term)} of ${selector(s.forces)} held by ${s.holder}. ${provText(s)}`,
  ]);
  section(out, 'Transfer rules', d.rules, (r) => [
    `- **${r.id}**: ${r.name}. ${termText(r.relationship, r.term)} of ${selector(r.forces)}${r.from ? ` held by ${r.from.join(', ')}` : ''} to **${r.to}** when ${describeCondition(r.when)}; ` +
      `${r.approvals.length ? `approved by ${r.approvals.join(', ')} deciding \`${r.decision}\` (${modeText(r.mode, r.deadline)}); ${reconsiderText(r)}` : r.plan ? `pre-agreed in plan ${r.plan}` : 'pre-agreed'}; ` +
      `effective after ${dist(r.latency)}; returns when ${describeCondition(r.returnWhen)} after ${dist(r.returnLatency)}. ${provText(r)}`,
  ]);
  section(out, 'National constraints', d.constraints, (c) => [
    `- **${c.nation}**: OPCON to ${allowed(c.opcon)}; TACON to ${allowed(c.tacon)}${c.holders ? `; only by ${c.holders.join(', ')} among foreign-commanded headquarters` : ''}. Law: ${c.law}. ${provText(c)}`,
  ]);
  section(out, 'Co-location', d.colocation, (c) => [
    `- **${c.id}**: ${c.count} ${c.kind}s from ${c.from} at ${c.at}${c.grade ? `, grade ${c.grade}` : ''}${c.directorates.length ? ` (${c.directorates.join(', ')})` : ''}; ` +
      `acts through modifier \`colocation.${c.id}\` (${c.kind === 'FLO' ? `${c.from}'s own authorities` : 'rules, and gates when of grade O-4 or above'}), approaching latency x${c.effect.latencyFloor} and friction x${c.effect.frictionFloor} with more officers, halfway there at ${c.effect.halfAt}. ${provText(c)}`,
  ]);
  section(out, 'Meetings', d.meetings, (m) => [
    `- **${m.id}**: ${m.name}, every ${dist({ kind: 'fixed', value: m.interval })}. Speeds ${m.speeds.map(targetText).join('; ')}: a step started after a meeting held since the crisis began keeps ${m.remaining} of its time; earlier, it may wait for the next meeting. ${provText(m)}`,
  ]);
  section(out, 'Plans agreed in advance', d.plans, (p) => [
    `- **${p.id}**: ${p.name}. Applies when ${describeCondition(p.circumstances)}; adopted by ${p.adoptedBy.map((a) => `${a.authority} (${a.step}, deciding \`${a.decision}\`)`).join(', ')}. ${provText(p)}`,
  ]);
  section(out, 'Directorate limits', d.directorateLimits, (l) => [`- **${l.id}**: no ${l.from} ${l.kind} in ${l.directorates.join(', ')}: ${l.reason}. ${provText(l)}`]);
  section(out, 'Modifiers', d.modifiers, (m) => {
    const f = modifierFactors(m, d.parameters);
    const by = m.byParameter ? ` (from parameter ${m.byParameter.parameter})` : m.byCount ? ` (from co-location ${m.byCount.colocation}, ${m.byCount.count} officers)` : '';
    return [`- **${m.id}** while ${describeCondition(m.when)}: latency x${round(f.latency)} for rules ${list(m.rules)}, gates ${list(m.gates)}, decision steps ${m.procedures === 'all' ? 'all but parliaments\'' : m.procedures.map(targetText).join('; ') || 'none'}; friction x${round(f.friction)}${by}. ${provText(m)}`];
  });
  if (d.friction) {
    out.push('### Friction', '', `${d.friction.ratePerDay} episodes of divergent national guidance per day of engagement without one combined commander, each resolved after ${dist(d.friction.resolution)}. ${provText(d.friction)}`, '');
    const dual = d.friction.dualGuidance;
    if (dual) out.push(`Under one combined commander answering to several governments: ${dual.ratePerDay} episodes per day (national guidance from both). ${provText(dual)}`, '');
  }
  out.push('### C2 approach (NATO C2 maturity, by JP 5-0 phase)', '');
  out.push(PHASE_NAMES.map((p, i) => `phase ${i} (${p}): ${d.c2[i] ?? 'not classified'}`).join('; ') + '.', '');
  section(out, 'Parameters', d.parameters, (p) => [
    `- **${p.name}** = \`${String(p.value)}\`: ${p.description}. ${provText(p)}`,
    `  - read by: ${readers(d.parameterReads, p.name)}`,
  ]);
  return out;
}

/** The elements that read a parameter, each with the mechanism it feeds (docs/mechanisms.md). */
function readers(reads: readonly ParameterRead[], name: string): string {
  const mine = reads.filter((r) => r.parameter === name);
  return mine.map((r) => `\`${r.element}\` (${mechanismOf(r.element)})`).join('; ');
}

/** The mechanism an element path belongs to, named as in docs/mechanisms.md. */
function mechanismOf(element: string): string {
  const section = element.split(/[.[]/)[0]!;
  const key = element.includes('.activation') ? 'activation' : element.includes('latency') ? 'latency' : element.includes('when') || element.includes('.to.') ? 'condition' : '';
  const table: Record<string, string> = {
    authorities: 'decision procedure',
    bodies: key === 'condition' ? 'coordination body, activation condition' : 'coordination body, activation time',
    gates: key === 'condition' ? 'gate, the level it guards' : 'gate, decision deadline',
    rules: key === 'condition' ? 'transfer rule, trigger or return condition' : key === 'latency' ? 'transfer rule, time to effect' : 'transfer rule',
    colocation: 'co-location',
    modifiers: 'modifier',
    friction: 'friction',
  };
  return table[section] ?? section;
}

function reconsiderText(r: TransferRule): string {
  const how = r.reconsider;
  if (how === 'never' || !r.retry) return 'not asked again after a refusal';
  const ways = [how.after ? `${dist(how.after)} after a refusal` : '', how.onEscalation ? 'when the crisis grows graver' : '', how.when ? `when ${describeCondition(how.when)}` : ''].filter((w) => w);
  return `after a refusal asked again ${[...ways, 'when its condition comes back'].join(', ')}`;
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Appends a titled list section, or nothing when the design has no entries of that kind. */
function section<T>(out: string[], title: string, items: readonly T[], line: (item: T) => string[]): void {
  if (items.length === 0) return;
  out.push(`### ${title}`, '');
  for (const item of items) out.push(...line(item));
  out.push('');
}

function prov(p: Provenance): string[] {
  const t = provText(p);
  return t ? [t] : [];
}

function provText(p: Provenance): string {
  const parts: string[] = [];
  if (p.source) parts.push(`*Source:* ${p.source}.`);
  if (p.assumption) parts.push(`*Assumption:* ${p.assumption}`);
  return parts.join(' ').replace(/\.\./g, '.');
}

/** Text of a distribution with all its parameters (the docs are a reference, not a summary). */
export const dist = (d: Distribution): string => describeDistribution(d, true);

/** A force selector in words: `designated ROK forces`, `forces tagged assigned (air, maritime)`. */
export function selector(s: ForceSelector): string {
  const parts: string[] = [];
  if (s.designated !== undefined) parts.push(s.designated ? 'designated' : 'undesignated');
  parts.push(s.nations ? `${s.nations.join('/')} forces` : 'forces');
  if (s.ids) parts.push(`${s.ids.join(', ')}`);
  if (s.components) parts.push(`of components ${s.components.join(', ')}`);
  if (s.tags) parts.push(`tagged ${s.tags.join(' or ')}`);
  if (s.homes) parts.push(`homed at ${s.homes.join(', ')}`);
  if (s.exclude) parts.push(`except ${selector(s.exclude)}`);
  return parts.join(' ');
}

/** `OPCON`, or `OPCON (as NATO OPCON)` when the rule names another doctrinal term. */
function termText(relationship: string, term: keyof typeof TERM_LABEL): string {
  const slot = relationship.toUpperCase();
  return TERM_LABEL[term] === slot ? slot : `${slot} (as ${TERM_LABEL[term]})`;
}

function targetText(t: ProcedureTarget): string {
  return [t.authority, t.decision ? `deciding \`${t.decision}\`` : '', t.step ? `step "${t.step}"` : '', t.by ? `steps by ${t.by}` : ''].filter((x) => x).join(' ');
}

function modeText(mode: string, deadline: Distribution): string {
  return mode === 'silence' ? `silence procedure, deadline ${dist(deadline)}` : 'all must approve: consensus';
}

function allowed(v: readonly string[] | 'any'): string {
  if (v === 'any') return 'any nation';
  return v.length ? v.join(', ') : 'no foreign commander';
}

function list(v: readonly string[] | 'all'): string {
  return v === 'all' ? 'all' : v.length ? v.join(', ') : 'none';
}

function c2Row(d: Design): string {
  return PHASE_NAMES.map((_, i) => d.c2[i] ?? '-').join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
