import type { SimTime } from '../model/time.js';
import type { NarrationKind } from './narrationStep.js';

/** Folds sentences told by later records into an earlier step, widening its seq range. */
export function fold(host: NarrationDraft, lastSeq: number, sentences: readonly string[]): void {
  host.sentences.push(...sentences.filter((s) => s.length > 0));
  host.seq = [host.seq[0], Math.max(host.seq[1], lastSeq)];
}

/** A step before the glossary pass: what a narrator returns for one record or group. */
export interface NarrationDraft {
  readonly t: SimTime;
  /** Widened when a later record is folded into this step. */
  seq: [number, number];
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
  return { t, seq: [seq[0], seq[1]], kind, sentences: sentences.filter((s) => s.length > 0), source: provenance.source, assumption: provenance.assumption };
}
