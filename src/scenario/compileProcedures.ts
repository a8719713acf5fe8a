import type { Condition } from '../model/condition.js';
import {
  ANY_DECISION,
  procedureFor,
  targets,
  type Authority,
  type DecisionKind,
  type DecisionStep,
  type Meeting,
  type Plan,
  type Procedure,
  type ProcedureTarget,
} from '../model/design.js';
import type { Distribution } from '../model/distribution.js';
import { duration } from './compileParts.js';
import { checkNation, checkProvenance, checkRef, checkUnique } from './designChecks.js';
import type { RawDesign } from './designSchema.js';
import { positionOf, valuePosition } from './located.js';
import type { ProblemList } from './problems.js';

type RawAuthority = RawDesign['authorities'][number];
type RawStep = NonNullable<RawAuthority['procedure']>[number];
type RawTarget = { authority: string; decision?: string | undefined; step?: string | undefined; by?: DecisionStep['by'] | undefined };

/** What compiling procedures needs from the design compiler: condition and distribution readers. */
export interface ProcedureContext {
  readonly problems: ProblemList;
  readonly nations: ReadonlySet<string>;
  readonly cond: (entry: object, key: string, fallback?: Condition) => Condition;
  readonly dist: (entry: object, key: string, fallback?: Distribution) => Distribution;
}

/**
 * Compiles authorities with their procedures by kind of decision. `procedure:` (a list of steps)
 * is the shorthand for one procedure deciding every kind (`any`); with `procedures:` as well, it
 * decides the kinds those do not list.
 */
export function compileAuthorities(raw: readonly RawAuthority[], ctx: ProcedureContext): Authority[] {
  const { problems } = ctx;
  return raw.map((a) => {
    checkProvenance(a, 'authority', problems);
    checkNation(a, 'nation', ctx.nations, problems);
    if (a.procedure === undefined && a.procedures === undefined) {
      problems.add(positionOf(a), `authority \`${a.id}\` has no decision procedure`, 'add procedure: (steps for every decision) or procedures: (steps by kind of decision)');
    }
    checkUnique(a.procedures, 'id', 'procedure', problems);
    const procedures: Procedure[] = (a.procedures ?? []).map((p) => {
      checkProvenance(p, 'procedure', problems);
      return { id: p.id, name: p.name ?? p.id, decisions: p.decisions, steps: p.steps.map((s) => compileStep(s, ctx)), ...prov(p) };
    });
    const seen = new Map<string, string>();
    for (const p of a.procedures ?? []) {
      p.decisions.forEach((d, i) => {
        const first = seen.get(d);
        if (first !== undefined) problems.add(valuePosition(p.decisions, i), `authority \`${a.id}\` decides \`${d}\` by two procedures (\`${first}\` and \`${p.id}\`)`, 'list each kind of decision in one procedure only');
        else seen.set(d, p.id);
      });
    }
    if (a.procedure) procedures.push({ id: 'procedure', name: 'procedure', decisions: [ANY_DECISION], steps: a.procedure.map((s) => compileStep(s, ctx)) });
    return { id: a.id, name: a.name, nation: a.nation, procedures, ...prov(a) };
  });
}

function compileStep(s: RawStep, ctx: ProcedureContext): DecisionStep {
  checkProvenance(s, 'decision step', ctx.problems);
  return {
    name: s.step,
    by: s.by ?? 'leader',
    latency: ctx.dist(s, 'latency'),
    approve: s.approve ?? 1,
    timing: s.timing ?? 'before',
    ...(s['after-when'] !== undefined ? { afterWhen: ctx.cond(s, 'after-when') } : {}),
    ...prov(s),
  };
}

/**
 * Reports each authority in `entry.approvals` that has no procedure for `decision` (a gate or
 * rule asking Japan for a kind of decision Japan's file does not say how it takes).
 */
export function checkDecidable(entry: { approvals?: readonly string[] | undefined }, decision: DecisionKind, authorities: readonly Authority[], problems: ProblemList): void {
  (entry.approvals ?? []).forEach((id, i) => {
    const a = authorities.find((x) => x.id === id);
    if (!a || a.procedures.some((p) => p.decisions.includes(decision) || p.decisions.includes(ANY_DECISION))) return;
    const kinds = a.procedures.flatMap((p) => p.decisions);
    problems.add(
      valuePosition(entry.approvals, i),
      `authority \`${id}\` has no procedure for the decision \`${decision}\` (it decides ${kinds.join(', ')})`,
      `add decision: with one of those kinds, or a procedure deciding ${decision} to \`${id}\``,
    );
  });
}

/**
 * Compiles the decision steps a modifier or meeting acts on, reporting targets that name no
 * step, and any that would speed a parliament's step: a national parliament keeps its own pace,
 * so no meeting (least of all another nation's) speeds it.
 */
export function compileTargets(list: readonly RawTarget[], owner: string, authorities: readonly Authority[], problems: ProblemList): ProcedureTarget[] {
  return list.map((t) => {
    const a = authorities.find((x) => x.id === t.authority);
    if (!a) {
      checkRef(t, 'authority', new Set(authorities.map((x) => x.id)), 'authority', problems);
    } else {
      // The steps it can reach: those of the procedure deciding its kind, or of every procedure.
      const reach = t.decision === undefined ? a.procedures : [procedureFor(a, t.decision)].filter((p): p is Procedure => p !== undefined);
      const hits = reach.flatMap((p) => p.steps.filter((s) => targets(t, a.id, t.decision ?? '', s)));
      if (hits.length === 0) {
        const steps = a.procedures.flatMap((p) => p.steps.map((s) => `${s.name} (${p.decisions.join(', ')}; by ${s.by})`));
        problems.add(positionOf(t), `${owner} names no step of \`${a.id}\`'s procedures`, `name a decision, step or by: that exists; its steps are: ${steps.join('; ')}`);
      }
      const parliament = hits.find((s) => s.by === 'parliament');
      if (parliament) {
        problems.add(positionOf(t), `${owner} would speed \`${a.id}\`'s parliamentary step "${parliament.name}"`, 'a parliament keeps its own pace: narrow the target with step: or by:');
      }
    }
    return { authority: t.authority, ...(t.decision !== undefined ? { decision: t.decision } : {}), ...(t.step !== undefined ? { step: t.step } : {}), ...(t.by !== undefined ? { by: t.by } : {}) };
  });
}

/** Compiles `meetings:` (the weekly NSC meeting): interval, the steps it speeds, the time they keep. */
export function compileMeetings(raw: RawDesign['meetings'], authorities: readonly Authority[], ctx: ProcedureContext): Meeting[] {
  const { problems } = ctx;
  checkUnique(raw, 'id', 'meeting', problems);
  return (raw ?? []).map((m) => {
    checkProvenance(m, 'meeting', problems);
    const interval = duration(m.interval);
    if (!(interval > 0)) problems.add(valuePosition(m, 'interval'), `meeting \`${m.id}\` has an interval of zero`, 'give the time between meetings, e.g. 7d');
    return { id: m.id, name: m.name, interval, speeds: compileTargets(m.speeds, `meeting \`${m.id}\``, authorities, problems), remaining: m.remaining, ...prov(m) };
  });
}

/**
 * Compiles `plans:` agreed in advance. Each adopting government must have a procedure for the
 * adoption's kind of decision, so the recorded decision is one the government can take.
 */
export function compilePlans(raw: RawDesign['plans'], authorities: readonly Authority[], ctx: ProcedureContext): Plan[] {
  const { problems } = ctx;
  checkUnique(raw, 'id', 'plan', problems);
  const ids = new Set(authorities.map((a) => a.id));
  return (raw ?? []).map((p) => {
    checkProvenance(p, 'plan', problems);
    const adoptedBy = p['adopted-by'].map((x) => {
      checkProvenance(x, 'plan adoption', problems);
      checkRef(x, 'authority', ids, 'authority', problems);
      checkDecidable({ approvals: [x.authority] }, x.decision, authorities, problems);
      return { authority: x.authority, decision: x.decision, step: x.step, ...prov(x) };
    });
    return { id: p.id, name: p.name, circumstances: ctx.cond(p, 'circumstances'), adoptedBy, ...prov(p) };
  });
}

/**
 * The silence procedure is the report's for drafts of policy and procedure (p. 8: the Secretary
 * General "distributes an outline of an organizational procedure or policy"); a gate or rule may
 * use it only where the design cites a source for doing so.
 */
export function checkSilenceSourced(entry: { id: string; mode?: string | undefined; source?: string | undefined }, problems: ProblemList): void {
  if (entry.mode === 'silence' && entry.source === undefined) {
    problems.add(valuePosition(entry, 'mode'), `\`${entry.id}\` uses the silence procedure without a \`source:\``, 'cite the source that takes this decision by silence (the report, p. 8, describes it for drafts of policy and procedure), or use mode: all (consensus)');
  }
}

function prov(e: { source?: string | undefined; assumption?: string | undefined }): { source?: string; assumption?: string } {
  return { ...(e.source !== undefined ? { source: e.source } : {}), ...(e.assumption !== undefined ? { assumption: e.assumption } : {}) };
}
