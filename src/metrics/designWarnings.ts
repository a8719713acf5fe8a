import type { Design, Headquarters } from '../model/design.js';
import { C2_SCALE } from './arrangement.js';

/** Why a headquarters may hold forces in a run: a force's home, a standing assignment, a rule. */
interface HoldingReason {
  readonly hq: string;
  readonly why: string;
}

/**
 * Warnings about a design that loads but whose runs would mislead: a headquarters the design
 * gives forces to (by a rule or a standing assignment) that no coordination body includes,
 * itself or through a commander above it in its military chain, and that is not itself an
 * integrated combined command (which links its nations by itself), can never be linked with the design's other
 * commands, so the metrics score its forces as unlinked ("conflicted") whenever other forces
 * fight beside them; where the design also declares a coordinated or better C2 approach, its
 * own runs contradict that declaration. Designs without bodies (no linking intended) get none.
 * Warnings never change the exit code.
 */
export function designWarnings(design: Design): string[] {
  const hq = new Map(design.headquarters.map((h) => [h.id, h]));
  const holding = holdingReasons(design);
  if (holding.length === 0 || design.bodies.length === 0) return [];
    const represented = representedHeadquarters(design);
  const declared = design.c2.map((c, phase) => ({ c, phase })).filter((x) => x.c !== undefined && C2_SCALE.indexOf(x.c) >= C2_SCALE.indexOf('coordinated'));
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const r of holding) {
    const h = hq.get(r.hq);
    // An integrated combined command directing forces links its nations by itself (docs/metrics.md).
    if (!h || seen.has(h.id) || isIntegratedCommand(h) || isRepresented(h, hq, represented, design)) continue;
    seen.add(h.id);
    const claim = declared.length > 0 ? `; this contradicts the design's declared c2 (${declared.map((x) => `phase-${x.phase}: ${x.c}`).join(', ')})` : '';
    warnings.push(
      `design ${design.id}: headquarters \`${h.id}\` holds forces (${r.why}) but no coordination body includes it or a headquarters above it, so whenever forces it does not hold fight beside its own, runs score them as unlinked (conflicted)${claim}; add it to a body's members (or a level's), or give it a parent that is a member`,
    );
  }
  return warnings;
}

/**
 * The headquarters the design itself gives forces to. Forces' home headquarters are left out:
 * they are the nations' own chains, which a design links through their parents or leaves
 * unlinked on purpose (parallel command is a finding, not a mistake).
 */
function holdingReasons(design: Design): HoldingReason[] {
  const out: HoldingReason[] = [];
  for (const s of design.standing) out.push({ hq: s.holder, why: `standing assignment ${s.id}` });
  for (const r of design.rules) out.push({ hq: r.to, why: `rule ${r.id}` });
  return out;
}

/** Headquarters that are members of some body, overall or at one of its levels. */
function representedHeadquarters(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const b of design.bodies) {
    for (const m of b.members) ids.add(m);
    for (const l of b.levels) for (const m of l.members) ids.add(m);
  }
  return ids;
}

/** A commander in a military chain: not a ministry or an alliance council (as the metrics judge it). */
function isCommand(h: Headquarters): boolean {
  return h.kind !== 'political' && !h.echelon.startsWith('alliance-');
}

function isIntegratedCommand(h: Headquarters): boolean {
  return h.kind === 'combined' && isCommand(h);
}

/**
 * Whether the headquarters or a commander above it in its military chain is a body member, or
 * another hat of its officer is (docs/metrics.md).
 */
function isRepresented(h: Headquarters, byId: ReadonlyMap<string, Headquarters>, members: ReadonlySet<string>, design?: Design): boolean {
  const seen = new Set<string>();
  for (let x: Headquarters | undefined = h; x && !seen.has(x.id); x = x.parent === undefined ? undefined : byId.get(x.parent)) {
    if (x !== h && !isCommand(x)) break;
    if (members.has(x.id)) return true;
    seen.add(x.id);
  }
  // One officer heading several headquarters links them (the runs' lineage does the same).
  return design !== undefined && design.officers.some((o) => o.heads.includes(h.id) && o.heads.some((other) => other !== h.id && byId.has(other) && isRepresented(byId.get(other)!, byId, members)));
}
