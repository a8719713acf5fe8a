import type { SimTime } from '../model/time.js';
import type { NarrationKind } from './narrationStep.js';

/** A step before the glossary pass: what a narrator returns for one record or group. */
export interface NarrationDraft {
  readonly t: SimTime;
  readonly seq: readonly [number, number];
  readonly kind: NarrationKind;
  /** Sentences, joined with spaces when the step is finished. */
  readonly sentences: string[];
  readonly source?: string | undefined;
  readonly assumption?: string | undefined;
}

/** Builds a draft, dropping empty sentences so narrators can add optional ones unconditionally. */
export function draft(
  t: SimTime,
  seq: readonly [number, number],
  kind: NarrationKind,
  sentences: readonly string[],
  provenance: { source?: string | undefined; assumption?: string | undefined } = {},
): NarrationDraft {
  return { t, seq, kind, sentences: sentences.filter((s) => s.length > 0), source: provenance.source, assumption: provenance.assumption };
}
