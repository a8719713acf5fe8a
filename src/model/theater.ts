/**
 * The theater's escalation variables. Each is held by its own small XState machine
 * (`machines/levelMachine.ts`); this module only names them and their orderings.
 */

/** Posture of the theater (design.md: armistice or peacetime, crisis, hostilities, post-conflict). */
export const POSTURES = ['peacetime', 'armistice', 'crisis', 'hostilities', 'post-conflict'] as const;
export type Posture = (typeof POSTURES)[number];

/**
 * Japan's situation determinations (2015 legislation; domain.md "Japan"), ordered by gravity so
 * conditions such as `situation: {gte: survival-threatening}` read naturally.
 */
export const SITUATIONS = [
  'none',
  'gray-zone',
  'important-influence',
  'survival-threatening',
  'armed-attack-anticipated',
  'armed-attack',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** JP 5-0 (2011) phases 0-5: shape, deter, seize the initiative, dominate, stabilize, enable civil authority. */
export const PHASE_NAMES = ['shape', 'deter', 'seize the initiative', 'dominate', 'stabilize', 'enable civil authority'] as const;

/** NATO alert stages are not modelled as a fixed scale: designs use `facts` for them. */
export type Scalar = string | number | boolean;

/**
 * A theater variable and the values it may take. Numeric scales (DEFCON, WATCHCON, phase) are
 * ordered by number; `situation` by gravity; posture is unordered (post-conflict is not "above"
 * hostilities), so only equality and membership apply to it.
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
  situation: { name: 'situation', values: SITUATIONS, ordered: true, label: (v) => `${v} situation` },
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
 * Rank of a value on an ordered scale, increasing with gravity: DEFCON 1 outranks DEFCON 5,
 * `armed-attack` outranks `gray-zone`. Returns undefined for values not on the scale.
 */
export function gravity(level: LevelName, value: Scalar): number | undefined {
  const spec = LEVELS[level];
  const i = spec.values.indexOf(value);
  return i < 0 ? undefined : i;
}
