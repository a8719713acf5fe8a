import type { Condition } from './condition.js';
import type { Distribution } from './distribution.js';
import type { Duration } from './time.js';
import type { ForceSelector, HqId, NationId } from './force.js';
import type { LevelName, Scalar } from './theater.js';
import { parseDuration } from './time.js';
import type { Authority, DecisionKind, ProcedureTarget } from './procedure.js';
import type { CommandTerm } from './commandTerm.js';

// Decision procedures and doctrinal command terms live in their own modules; re-exported here so
// `design.js` stays the one import for a design's types.
export * from './procedure.js';
export * from './commandTerm.js';

/**
 * A compiled alliance design: everything an alliance decides about command, fully defaulted.
 * Designs are data (`src/designs/*.yaml`); adding an alliance needs no change to code.
 */

/** Where a rule, body or number comes from. Every design element carries at least one of the two. */
export interface Provenance {
  /** A citation: a page of the report, a treaty article, a public statement. */
  readonly source?: string;
  /** An explicit modelling assumption, stated where no public source gives the value. */
  readonly assumption?: string;
}

export type AuthorityId = string;
export type RuleId = string;
export type BodyId = string;

export type HqKind = 'national' | 'combined' | 'political';

/**
 * What a headquarters is in its nation's command structure, where it matters to a rule of
 * doctrine: a U.S. combatant command holds COCOM and never ADCON (JP 1: ADCON runs through
 * Service channels); a Service headquarters or Service component command is where ADCON runs.
 */
export type HqRole = 'combatant-command' | 'service';

export interface Headquarters extends Provenance {
  readonly id: HqId;
  readonly name: string;
  readonly kind: HqKind;
  /** Owning nation for national headquarters; undefined for combined ones. */
  readonly nation?: NationId;
  /** Nationality of the commander, which decides whether a transfer puts a force under foreign command. */
  readonly commander: NationId;
  readonly deputy?: NationId;
  /** The headquarters it reports to; undefined at the top of a chain. */
  readonly parent?: HqId;
  /** At the top of a chain: the national authorities it answers to (several for a combined command). */
  readonly authorities: readonly AuthorityId[];
  readonly echelon: string;
  /** False for headquarters that are not warfighting commands (USFK, USFJ in the report). */
  readonly warfighting: boolean;
  /** Combatant command or Service headquarters, where a doctrinal rule depends on it. */
  readonly role?: HqRole;
  /**
   * What this headquarters holds over the forces at home with it when no rule applies, when its
   * doctrine names it differently from OPCON (Australia's CJOPS: operational command).
   */
  readonly homeTerm?: CommandTerm;
}

/**
 * One officer heading several headquarters ("three separate headquarters... headed by the same
 * U.S. four-star", Hornung 2015, p. 10). A handover between two of the officer's hats takes no
 * transfer time (the engine moves those forces when the transfer starts), and outputs name the
 * person as well as the headquarters.
 */
export interface Officer extends Provenance {
  readonly id: string;
  /** `Commander, UNC / CFC / USFK`. */
  readonly title: string;
  readonly nation: NationId;
  /** The headquarters this officer commands (two or more). */
  readonly heads: readonly HqId[];
}

/** JP 1's support categories: general, mutual, direct, close. */
export type SupportKind = 'general' | 'mutual' | 'direct' | 'close';

/**
 * A support relationship between commands (JP 1): the supporting commanders aid, protect or
 * sustain the supported one, who directs the effort; it gives no command over forces, and it
 * is how parallel commands work together (the 2007 plan: ROK JCS supported, U.S. KORCOM
 * supporting). Active while `when` holds; the engine writes a `support` record at each change.
 */
export interface SupportRelationship extends Provenance {
  readonly id: string;
  readonly supported: HqId;
  readonly supporting: readonly HqId[];
  readonly kind: SupportKind;
  readonly when: Condition;
}

/** How a joint decision combines its members' answers. */
export type DecisionMode =
  /** Every authority must approve; any can block (U.S.-ROK DEFCON change). */
  | 'all'
  /** NATO silence procedure: passes at the deadline unless a member breaks silence. */
  | 'silence';

/**
 * A gate on changing a theater level: a proposal to set `level` to a value matching `to` needs
 * the approvals listed (domain.md: raising DEFCON IV to III needs both presidents' approval).
 */
export interface Gate extends Provenance {
  readonly id: string;
  readonly level: LevelName;
  /** The kind of decision the approvals are asked for (e.g. `situation-certification`). */
  readonly decision: DecisionKind;
  /** Condition over the proposed value (read as the level's variable). */
  readonly to: Condition;
  readonly approvals: readonly AuthorityId[];
  readonly mode: DecisionMode;
  /** For `silence`: how long the proposal circulates before silence is taken as consent. */
  readonly deadline: Distribution;
}

/** A relationship given to a holder before the run starts (e.g. CFC's armistice OPCON in 1978). */
export interface Standing extends Provenance {
  readonly id: string;
  readonly forces: ForceSelector;
  readonly relationship: MovableRelationship;
  /** The doctrinal term of what the holder gets (defaults to the relationship). */
  readonly term: CommandTerm;
  readonly holder: HqId;
}

/** Relationships a rule can move. National command and ADCON never move (domain.md). */
export type MovableRelationship = 'opcon' | 'tacon';

/** A transfer rule: when, with whose approval, what moves from whom to whom, and when it returns. */
export interface TransferRule extends Provenance {
  readonly id: RuleId;
  readonly name: string;
  readonly relationship: MovableRelationship;
  /**
   * The doctrinal term the transfer confers (a NATO transfer of authority names OPCOM or OPCON);
   * defaults to the relationship. A rule whose target already holds a force under another term
   * changes the term (a `command` record with the same holder).
   */
  readonly term: CommandTerm;
  readonly forces: ForceSelector;
  /** Only forces whose current holder is one of these move (all selected forces when undefined). */
  readonly from?: readonly HqId[];
  readonly to: HqId;
  readonly when: Condition;
  readonly approvals: readonly AuthorityId[];
  /** The kind of decision the approvals are asked for (e.g. `jtf-establishment`). */
  readonly decision: DecisionKind;
  readonly mode: DecisionMode;
  readonly deadline: Distribution;
  /**
   * A plan agreed in advance that makes this transfer automatic: it happens only while the
   * plan's circumstances hold (besides `when`), and never without the plan's adoption.
   */
  readonly plan?: string;
  /** Time from approval (or the condition, when pre-agreed) until the transfer is effective. */
  readonly latency: Distribution;
  /** When the forces go back; `never` keeps them. */
  readonly returnWhen: Condition;
  readonly returnLatency: Distribution;
  /** After a refusal, ask again the next time the condition becomes true. */
  readonly retry: boolean;
  /**
   * When a refused transfer is asked again while its condition still holds
   * (docs/mechanisms.md "Reconsideration"); `never` with `retry: false`.
   */
  readonly reconsider: Reconsideration | 'never';
}

/**
 * How a refused transfer is put to the authorities again while its condition holds. Without a
 * `reconsider:` entry a rule with approvals is asked again whenever the crisis grows graver (a
 * government at war reconsiders when the war escalates; docs/mechanisms.md).
 */
export interface Reconsideration extends Provenance {
  /** Ask again this long after each refusal. */
  readonly after?: Distribution;
  /** Ask again when DEFCON, WATCHCON, the JP 5-0 phase or Japan's situation grows graver. */
  readonly onEscalation: boolean;
  /** Ask again each time this condition becomes true. */
  readonly when?: Condition;
}

/** One level of a coordination body that flexes in membership and seniority (2015 ACM). */
export interface BodyLevel extends Provenance {
  readonly name: string;
  readonly when: Condition;
  readonly seniority: string;
  readonly members: readonly HqId[];
  /**
   * While the body is active at this level, the lowest such factor of the active bodies
   * shortens the resolution of each friction episode (src/engine/friction.ts). What a body
   * speeds in decisions or transfers is stated by modifiers reading `body.ID` or
   * `body.ID.level` (docs/mechanisms.md "Coordination bodies").
   */
  readonly latencyFactor: number;
}

/** A coordination body: links headquarters, never commands (BCM, ACM, MCC, MILREPS, NATO MC). */
export interface CoordinationBody extends Provenance {
  readonly id: BodyId;
  readonly name: string;
  readonly members: readonly HqId[];
  readonly initial: 'dormant' | 'active';
  readonly activateWhen: Condition;
  readonly activation: Distribution;
  readonly standDownWhen: Condition;
  readonly standDown: Distribution;
  /** Ordered from least to most senior; the first whose condition holds is the active level. */
  readonly levels: readonly BodyLevel[];
}

/**
 * What a nation allows of its forces under a commander of another nation: which commanders'
 * nationalities, and, when `holders` is given, only which headquarters (ROK forces only to the
 * bilateral CFC, Australian forces only to coalition commands). National command never moves
 * whatever the constraint says.
 */
export interface NationalConstraint extends Provenance {
  readonly nation: NationId;
  readonly opcon: readonly NationId[] | 'any';
  readonly tacon: readonly NationId[] | 'any';
  /** The only foreign-commanded headquarters allowed to hold the nation's forces (any, when absent). */
  readonly holders?: readonly HqId[];
  /** The law that would need changing for a transfer the constraint forbids. */
  readonly law: string;
}

/**
 * Co-located officers between headquarters (report, recommendation 3). Each entry acts through
 * a modifier the compiler derives from it (`colocation.ID`, docs/mechanisms.md "Co-location"):
 * - an FLO answers to its own government and passes information to its capital (Hornung 2015,
 *   p. 20): it speeds the decisions of the authorities of its own nation (`from`);
 * - an FEO falls under the host government and takes part in the host headquarters' planning
 *   and decision-making (p. 20): it speeds transfer rules (planning) and, from grade O-4 up,
 *   gates (decision-making meetings, p. 21);
 * both lower divergent guidance. The size of the effect saturates with `count` (`effect`).
 */
export interface Colocation extends Provenance {
  readonly id: string;
  readonly kind: 'FLO' | 'FEO';
  readonly from: NationId;
  readonly at: HqId;
  readonly count: number;
  readonly directorates: readonly string[];
  /** Officers' grade (e.g. O-4/O-5), when the design gives one. */
  readonly grade?: string;
  /** How the effect grows with `count`: halfway to the floors at `halfAt` officers. */
  readonly effect: ColocationEffect;
}

/** The saturating effect of a co-location's count (the numbers are assumptions in the design file). */
export interface ColocationEffect {
  readonly halfAt: number;
  readonly latencyFloor: number;
  readonly frictionFloor: number;
}

/**
 * Directorates where officers of a nation may not be co-located, with the reason (Hornung
 * 2015, p. 21: J2 and J3 are not an option for Japanese FEOs at PACOM; J1, J6 and J9 difficult).
 * A co-location naming one is refused at load.
 */
export interface DirectorateLimit extends Provenance {
  readonly id: string;
  readonly from: NationId;
  readonly kind: 'FLO' | 'FEO';
  readonly directorates: readonly string[];
  readonly reason: string;
}

/**
 * A documented effect on latencies: co-location, senior meetings, a standing mechanism. While
 * `when` holds, samples of the listed rules', gates' and decision steps' latencies are multiplied
 * by `latencyFactor`, and friction arises at `frictionFactor` times its base rate. No modifier
 * speeds a parliament's step: a national parliament keeps its own pace whatever the alliance does.
 */
export interface Modifier extends Provenance {
  readonly id: string;
  readonly when: Condition;
  readonly rules: readonly RuleId[] | 'all';
  readonly gates: readonly string[] | 'all';
  /** The decision steps it speeds; `all`: every step of every authority but parliaments'. */
  readonly procedures: readonly ProcedureTarget[] | 'all';
  readonly latencyFactor: number;
  readonly frictionFactor: number;
  /**
   * Makes the factors depend on a design parameter (e.g. the number of co-located FEOs), with
   * diminishing returns; when present it replaces `latencyFactor`/`frictionFactor` (see
   * {@link modifierFactors}).
   */
  readonly byParameter?: ParameterEffect;
  /** Derived from a co-location: its count and effect set the factors (see {@link Colocation}). */
  readonly byCount?: { readonly colocation: string; readonly count: number; readonly effect: ColocationEffect };
}

/**
 * A saturating effect of a count: with value v the factor is
 * `floor + (1 - floor) * 2^(-v / halfAt)`: 1 (no effect) at v = 0, halfway to `floor` at
 * v = halfAt, approaching `floor` as v grows. The shape is a modelling assumption (diminishing
 * returns of more officers), stated in the design file with the numbers.
 */
export interface ParameterEffect {
  readonly parameter: string;
  /**
   * When set, the parameter is an interval (a duration such as 7d) and v counts events per
   * `per` (ms): a weekly meeting is v = 1 with `per` one week, a daily one v = 7.
   */
  readonly per?: number;
  readonly halfAt: number;
  readonly latencyFloor: number;
  readonly frictionFloor: number;
}

/** The latency and friction factors a modifier applies, given the design's parameter values. */
export function modifierFactors(m: Modifier, parameters: readonly DesignParameter[]): { latency: number; friction: number } {
  if (m.byCount) {
    const { count, effect } = m.byCount;
    const decay = effect.halfAt > 0 ? Math.pow(2, -count / effect.halfAt) : count > 0 ? 0 : 1;
    return { latency: effect.latencyFloor + (1 - effect.latencyFloor) * decay, friction: effect.frictionFloor + (1 - effect.frictionFloor) * decay };
  }
  const effect = m.byParameter;
  if (!effect) return { latency: m.latencyFactor, friction: m.frictionFactor };
  const raw = parameters.find((p) => p.name === effect.parameter)?.value;
  const interval = typeof raw === 'string' ? parseDuration(raw) : undefined;
  const count = effect.per === undefined ? raw : interval !== undefined && interval > 0 ? effect.per / interval : 0;
  const v = typeof count === 'number' && count > 0 ? count : 0;
  const decay = effect.halfAt > 0 ? Math.pow(2, -v / effect.halfAt) : v > 0 ? 0 : 1;
  return { latency: effect.latencyFloor + (1 - effect.latencyFloor) * decay, friction: effect.frictionFloor + (1 - effect.frictionFloor) * decay };
}

/**
 * Divergent national guidance arises while forces of several nations are engaged without one
 * combined commander; each episode resolves after `resolution` (shortened by active bodies).
 */
export interface FrictionModel extends Provenance {
  /** Mean episodes per day of engagement under parallel command (Poisson process). */
  readonly ratePerDay: number;
  readonly resolution: Distribution;
  /**
   * Divergent guidance reaching one combined commander from the several governments the
   * command answers to (Hornung 2015, p. 17: "commanders would be subject to national guidance
   * from both nations"). Without it a combined command under several governments is assumed
   * to receive none, and the design reference says so.
   */
  readonly dualGuidance?: DualGuidance;
}

/** Friction under one combined commander who answers to authorities of two or more nations. */
export interface DualGuidance extends Provenance {
  /** Mean episodes per day while forces of several nations are engaged under that commander. */
  readonly ratePerDay: number;
}

/**
 * A meeting held at a fixed interval that speeds the decision steps it can (report p. 22: a
 * weekly interagency coordination meeting run by both National Security Councils "would allow
 * all parties to transmit decisions ... and to save time on having to coordinate the
 * transmission of information"). A targeted step that starts after a meeting has been held since
 * the crisis began takes `remaining` of its time; one that starts earlier takes the shorter of
 * its own time and waiting for the next meeting plus `remaining` of its time.
 */
export interface Meeting extends Provenance {
  readonly id: string;
  readonly name: string;
  /** Time between meetings; the first is held one interval after the run starts. */
  readonly interval: Duration;
  readonly speeds: readonly ProcedureTarget[];
  /** Fraction (0-1) of a step's time left once the meeting has shared the facts. */
  readonly remaining: number;
}

/**
 * A contingency plan agreed in advance by the governments that adopted it (report p. 19: "a
 * predefined set of circumstances that would demand integration, building these into
 * contingency plans"). Rules that name the plan act only while its circumstances hold; the
 * adoptions are recorded when the run starts, as decisions taken beforehand.
 */
export interface Plan extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly circumstances: Condition;
  readonly adoptedBy: readonly PlanAdoption[];
}

/** One government's decision adopting a plan, taken before the run (its procedure and step named). */
export interface PlanAdoption extends Provenance {
  readonly authority: AuthorityId;
  readonly decision: DecisionKind;
  /** What the decision was, in words (e.g. "Cabinet decision adopting the bilateral plan"). */
  readonly step: string;
}

/** NATO C2 maturity approach (SAS-065) the design reaches in a phase. */
export type C2Approach = 'conflicted' | 'de-conflicted' | 'coordinated' | 'collaborative' | 'edge';

/**
 * An element that reads a design parameter: `{param: NAME}` written where the element takes a
 * number, duration or value, or a modifier's `by-parameter:`. Setting the parameter (a sweep grid
 * point, `run --set`) re-resolves every element that reads it.
 */
export interface ParameterRead {
  readonly parameter: string;
  /** Where in the design, as a path with list entries named by id: `bodies[bcm].activation.lognormal.median`. */
  readonly element: string;
}

export interface DesignParameter extends Provenance {
  readonly name: string;
  readonly value: Scalar;
  readonly description: string;
}

export interface Design extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly alliance: string;
  readonly summary: string;
  readonly nations: readonly NationId[];
  readonly authorities: readonly Authority[];
  readonly headquarters: readonly Headquarters[];
  /** Officers heading several headquarters (multi-hatted commanders). */
  readonly officers: readonly Officer[];
  /** Support relationships between commands. */
  readonly support: readonly SupportRelationship[];
  readonly bodies: readonly CoordinationBody[];
  readonly gates: readonly Gate[];
  readonly standing: readonly Standing[];
  readonly rules: readonly TransferRule[];
  readonly constraints: readonly NationalConstraint[];
  readonly colocation: readonly Colocation[];
  readonly directorateLimits: readonly DirectorateLimit[];
  readonly modifiers: readonly Modifier[];
  readonly meetings: readonly Meeting[];
  readonly plans: readonly Plan[];
  readonly friction?: FrictionModel;
  /** C2 approach by JP 5-0 phase (index 0-5), when the design file classifies it. */
  readonly c2: readonly (C2Approach | undefined)[];
  readonly parameters: readonly DesignParameter[];
  /** Which elements read each parameter (every parameter is read by at least one). */
  readonly parameterReads: readonly ParameterRead[];
}

const officerCache = new WeakMap<Design, ReadonlyMap<HqId, Officer>>();

/** The officer heading each multi-hatted headquarters, computed once per design. */
export function officerOf(design: Design, hq: HqId | null): Officer | undefined {
  if (hq === null) return undefined;
  let byHq = officerCache.get(design);
  if (!byHq) {
    const m = new Map<HqId, Officer>();
    for (const o of design.officers) for (const h of o.heads) m.set(h, o);
    officerCache.set(design, (byHq = m));
  }
  return byHq.get(hq);
}

/** True when one officer heads both headquarters: a handover between them is a change of hats. */
export function sameOfficer(design: Design, a: HqId | null, b: HqId | null): boolean {
  const o = officerOf(design, a);
  return o !== undefined && a !== b && o === officerOf(design, b);
}
