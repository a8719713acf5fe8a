/** ANSI styles for terminal text; identity functions when color is off. */
export interface Palette {
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly kind: (kind: string, s: string) => string;
}

const CODES: Readonly<Record<string, number>> = { event: 33, request: 36, decision: 35, state: 34, command: 32, support: 32, coordination: 36, constraint: 31, friction: 31, engagement: 33 };

const wrap = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

/** A palette: colored when `color` is true, plain otherwise. */
export function palette(color: boolean): Palette {
  if (!color) return { dim: plain, bold: plain, kind: (_k, s) => s };
  return { dim: wrap(2), bold: wrap(1), kind: (k, s) => (CODES[k] ? wrap(CODES[k]!)(s) : s) };
}

/**
 * Whether a CLI should color its output: only on a terminal and never when NO_COLOR is set to
 * anything non-empty (https://no-color.org). Sinks never decide this themselves: the caller asks.
 */
export function wantsColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env['NO_COLOR']) return false;
  return isTTY;
}
