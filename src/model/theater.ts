/**
 * The theater's escalation variables. Each is held by its own small XState machine
 * (`machines/levelMachine.ts`); this module only names them and their orderings.
 */

/** Posture of the theater (design.md: armistice or peacetime, crisis, hostilities, post-conflict). */
export const POSTURES = ['peacetime', 'armistice', 'crisis', 'hostilities', 'post-conflict'] as const;
export type Posture = (typeof POSTURES)[number];

/**
 * Japan's situation determinations (2015 legislation; domain.md "Japan"): separate
 * certifications that can hold together, not a scale. An armed-attack-anticipated situation
 * permits deployment but not the use of force; an armed-attack situation permits it; a
 * survival-threatening situation is its own category (limited collective self-defense). The
 * gray zone is no certification but a response below an armed attack (public-security or
 * maritime-security orders), kept here so scenarios can mark it.
 */
export const CERTIFICATIONS = ['gray-zone', 'important-influence', 'survival-threatening', 'armed-attack-anticipated', 'armed-attack'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** What a scenario may propose or start with: one certification, or `none` (every one ended). */
export const SITUATIONS = ['none', ...CERTIFICATIONS] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * The value of the `situation` level: `none`, or the certifications in force joined by `+` in
 * {@link CERTIFICATIONS} order (`gray-zone+armed-attack`). One value per combination, so one
 * small machine holds them and its records show each change.
 */
export function situationValue(certified: Iterable<string>): string {
  const set = new Set(certified);
  const list = CERTIFICATIONS.filter((c) => set.has(c));
  return list.length === 0 ? 'none' : list.join('+');
}

/** The certifications a `situation` value holds (none for `none`). */
export function certificationsIn(value: Scalar | undefined): Certification[] {
  if (value === undefined || value === 'none') return [];
  const parts = String(value).split('+');
  return CERTIFICATIONS.filter((c) => parts.includes(c));
}

/** Every combination of certifications, `none` first, as `situation` values. */
const SITUATION_VALUES: readonly string[] = Array.from({ length: 1 << CERTIFICATIONS.length }, (_, mask) =>
  situationValue(CERTIFICATIONS.filter((_, i) => mask & (1 << i))),
);

/** JP 5-0 (2011) phases 0-5: shape, deter, seize the initiative, dominate, stabilize, enable civil authority. */
export const PHASE_NAMES = ['shape', 'deter', 'seize the initiative', 'dominate', 'stabilize', 'enable civil authority'] as const;

/** NATO alert stages are not modelled as a fixed scale: designs use `facts` for them. */
export type Scalar = string | number | boolean;

/**
 * A theater variable and the values it may take. Numeric scales (DEFCON, WATCHCON, phase) are
 * ordered by number; posture is unordered (post-conflict is not "above" hostilities), and so is
 * `situation` (separate certifications), so only equality and membership apply to them.
 */
export interface LevelSpec {
  readonly name: 'posture' | 'defcon' | 'watchcon' | 'phase' | 'situation';
  readonly values: readonly Scalar[];
  readonly ordered: boolean;
  /** Label used in narration and diagrams, e.g. `DEFCON III`. */
  readonly label: (v: Scalar) => string;
}

const ROMAN = ['0', 'I', 'II', 'III', 'IV', 'V'];

export const LEVELS: Readonly<Record<LevelSpec['name'], LevelSpec>> = {
  posture: { name: 'posture', values: POSTURES, ordered: false, label: (v) => String(v) },
  defcon: { name: 'defcon', values: [5, 4, 3, 2, 1], ordered: true, label: (v) => `DEFCON ${ROMAN[Number(v)] ?? v}` },
  watchcon: { name: 'watchcon', values: [5, 4, 3, 2, 1], ordered: true, label: (v) => `WATCHCON ${ROMAN[Number(v)] ?? v}` },
  phase: { name: 'phase', values: [0, 1, 2, 3, 4, 5], ordered: true, label: (v) => `Phase ${v} (${PHASE_NAMES[Number(v)] ?? '?'})` },
  situation: {
    name: 'situation',
    values: SITUATION_VALUES,
    ordered: false,
    label: (v) => {
      const list = certificationsIn(v);
      return list.length === 0 ? 'no situation' : `${list.join(' and ')} situation${list.length > 1 ? 's' : ''}`;
    },
  },
};

export type LevelName = keyof typeof LEVELS;
export const LEVEL_NAMES = Object.keys(LEVELS) as LevelName[];

/** The theater's initial levels; a scenario sets these under `initial:`. */
export interface TheaterInitial {
  readonly posture: Posture;
  readonly defcon: number;
  readonly watchcon: number;
  readonly phase: number;
  readonly situation: Situation;
  readonly facts: Readonly<Record<string, Scalar>>;
}

/**
 * Rank of a value on an ordered scale, increasing with gravity: DEFCON 1 outranks DEFCON 5.
 * Returns undefined for values not on the scale.
 */
export function gravity(level: LevelName, value: Scalar): number | undefined {
  const spec = LEVELS[level];
  const i = spec.values.indexOf(value);
  return i < 0 ? undefined : i;
}
