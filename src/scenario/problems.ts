import { showControls } from '../model/showControls.js';
import { InputError, type Problem } from '../model/errors.js';
import type { SourcePosition } from '../model/scenario.js';

/**
 * Collects every problem of a file so the user sees them all at once, then throws one
 * {@link InputError}. Problems are sorted by file, line and column, and exact duplicates (the
 * same mistake seen from two angles, e.g. a base design checked before and after merging) are
 * dropped.
 */
export class ProblemList {
  readonly #problems: Problem[] = [];
  readonly #seen = new Set<string>();

  constructor(readonly file: string) {}

  /** Records a problem at a position (or at the file when the position is unknown). */
  add(position: SourcePosition | undefined, what: string, fix: string): void {
    this.push({ file: position?.file ?? this.file, line: position?.line, column: position?.column, what, fix });
  }

  /** Adds the problems of an InputError raised by a nested load (a base design, say). */
  addAll(problems: readonly Problem[]): void {
    for (const p of problems) this.push(p);
  }

  private push(raw: Problem): void {
    const p = { ...raw, what: oneLine(raw.what), fix: oneLine(raw.fix) };
    const key = `${p.file}\0${p.line}\0${p.column}\0${p.what}\0${p.fix}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#problems.push(p);
  }

  /** The problems so far, in the order found. */
  get all(): readonly Problem[] {
    return this.#problems;
  }

  get size(): number {
    return this.#problems.length;
  }

  /** Throws one InputError listing every problem, if there is any. */
  throwIfAny(): void {
    if (this.#problems.length === 0) return;
    const sorted = this.#problems
      .map((p, i) => ({ p, i }))
      .sort((a, b) => cmp(a.p.file, b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
      .map(({ p }) => p);
    throw new InputError(sorted);
  }
}

/**
 * A problem is one output line: line breaks and other control characters quoted from the input
 * (a key such as "a\nb") are shown escaped instead of splitting it.
 */
export function oneLine(text: string): string {
  return showControls(text);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A user value as text for a message, never calling its own conversion: a mapping with a
 * `toString:` key (or a list holding one) makes `String(value)` throw. Found by fuzzing.
 */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
  return Array.isArray(v) ? 'a list' : 'a mapping';
}
