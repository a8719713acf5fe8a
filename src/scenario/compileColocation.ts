import type { Authority, Colocation, DirectorateLimit, Modifier } from '../model/design.js';
import { checkNation, checkProvenance, checkRef, checkUnique } from './designChecks.js';
import type { RawDesign } from './designSchema.js';
import { valuePosition } from './located.js';
import type { ProblemList } from './problems.js';

type RawColocation = NonNullable<RawDesign['colocation']>[number];

/** Co-location entries, the directorate limits they must respect, and the modifiers they act through. */
export interface CompiledColocation {
  readonly colocation: Colocation[];
  readonly directorateLimits: DirectorateLimit[];
  readonly modifiers: Modifier[];
}

/**
 * Compiles `colocation:` and `directorate-limits:` and derives one modifier per co-location
 * (id `colocation.ID`), so co-location acts through the same latency and friction factors as
 * any modifier (docs/mechanisms.md "Co-location"). A co-location in a directorate a limit
 * excludes is refused with the limit's reason.
 */
export function compileColocation(raw: RawDesign, authorities: readonly Authority[], nations: ReadonlySet<string>, hqIds: ReadonlySet<string>, problems: ProblemList): CompiledColocation {
  checkUnique(raw['directorate-limits'], 'id', 'directorate limit', problems);
  const directorateLimits: DirectorateLimit[] = (raw['directorate-limits'] ?? []).map((l) => {
    checkProvenance(l, 'directorate limit', problems);
    checkNation(l, 'from', nations, problems);
    return { id: l.id, from: l.from, kind: l.kind, directorates: l.directorates, reason: l.reason, ...prov(l) };
  });
  const colocation = (raw.colocation ?? []).map((c) => {
    checkProvenance(c, 'co-location', problems);
    checkNation(c, 'from', nations, problems);
    checkRef(c, 'at', hqIds, 'headquarters', problems);
    checkDirectorates(c, directorateLimits, problems);
    const effect = { halfAt: c.effect['half-at'], latencyFloor: c.effect['latency-floor'], frictionFloor: c.effect['friction-floor'] };
    return { id: c.id, kind: c.kind, from: c.from, at: c.at, count: c.count, directorates: c.directorates ?? [], ...(c.grade !== undefined ? { grade: c.grade } : {}), effect, ...prov(c) };
  });
  return { colocation, directorateLimits, modifiers: colocation.map((c) => colocationModifier(c, authorities)) };
}

/**
 * The modifier a co-location acts through. FLOs answer to their own government and pass
 * information to their capital (Hornung 2015, p. 20): they speed the decisions of their own
 * nation's authorities. FEOs work inside the host headquarters, linked into its planning and
 * decision-making (p. 20): they speed transfer rules (planning) and, from O-4 up, gates too
 * (decision-making meetings, where classified information is accessed: p. 21); junior
 * officers and enlisted build familiarity in planning billets (p. 21).
 */
/** The steps a government's liaison officers can speed: its staffs', cabinet's and leader's. */
const EXECUTIVE_STEPS = ['interagency', 'cabinet', 'leader'] as const;

export function colocationModifier(c: Colocation, authorities: readonly Authority[]): Modifier {
  const own = authorities.filter((a) => a.nation === c.from).map((a) => a.id);
  const decides = c.kind === 'FEO' && takesPartInDecisions(c.grade);
  return {
    id: `colocation.${c.id}`,
    when: { kind: 'always' },
    rules: c.kind === 'FEO' ? 'all' : [],
    gates: decides ? 'all' : [],
    // Their capital's executive steps, never its parliament's (no meeting or officer speeds a vote).
    procedures: c.kind === 'FLO' ? own.flatMap((authority) => EXECUTIVE_STEPS.map((by) => ({ authority, by }))) : [],
    latencyFactor: 1,
    frictionFactor: 1,
    byCount: { colocation: c.id, count: c.count, effect: c.effect },
    ...(c.source !== undefined ? { source: c.source } : {}),
    ...(c.assumption !== undefined ? { assumption: c.assumption } : {}),
  };
}

/**
 * Whether officers of this grade sit in decision-making meetings: O-4 and above (the report's
 * mid-career start, p. 21). O-1 to O-3 and enlisted grades (E-n) hold planning billets; no
 * grade given means the report's general case, full participants (p. 20).
 */
export function takesPartInDecisions(grade: string | undefined): boolean {
  if (grade === undefined) return true;
  const officer = /O-(\d+)/.exec(grade);
  if (officer) return Number(officer[1]) >= 4;
  return !/E-\d/.test(grade);
}

function checkDirectorates(c: RawColocation, limits: readonly DirectorateLimit[], problems: ProblemList): void {
  (c.directorates ?? []).forEach((d, i) => {
    const limit = limits.find((l) => l.from === c.from && l.kind === c.kind && l.directorates.includes(d));
    if (!limit) return;
    const cite = limit.source ?? limit.assumption ?? '';
    problems.add(
      valuePosition(c.directorates, i),
      `${c.from} ${c.kind}s cannot serve in ${d}: ${limit.reason}${cite ? ` (${cite})` : ''}`,
      `choose a directorate not excluded by directorate limit \`${limit.id}\``,
    );
  });
}

function prov(e: { source?: string | undefined; assumption?: string | undefined }): { source?: string; assumption?: string } {
  return { ...(e.source !== undefined ? { source: e.source } : {}), ...(e.assumption !== undefined ? { assumption: e.assumption } : {}) };
}
