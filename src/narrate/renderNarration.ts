import { showControls } from '../model/showControls.js';
import type { NarrationStep } from './narrationStep.js';

/** Line width of rendered narration: fits an 80-column terminal with room to spare for most words. */
const WIDTH = 92;
const INDENT = '  ';

/** Greedy word wrap; `first` prefixes the first line, `rest` the others. A long word overflows. */
export function wrap(text: string, first: string, rest: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * One step as plain text: a header, the wrapped sentences, its source or labelled assumption,
 * and the terms it explains for the first time.
 *
 * @example
 * Step 4/12 [transfer]
 *   At T+6h (2026-03-01 06:00 UTC) OPCON of ROK I Corps passed from ...
 *   Source: Hornung 2015 (CSIS), p. 12
 */
export function renderStep(step: NarrationStep, index: number, total: number): string {
  const out = [`Step ${index + 1}/${total} [${step.kind}]`];
  out.push(...wrap(step.text, INDENT, INDENT));
  if (step.source) out.push(...wrap(step.source, `${INDENT}Source: `, `${INDENT}        `));
  if (step.assumption) out.push(...wrap(step.assumption, `${INDENT}Assumption (not from a public source): `, `${INDENT}    `));
  for (const g of step.terms ?? []) {
    out.push(...wrap(`${g.term} (${g.expansion}): ${g.meaning}. [${g.source}]`, `${INDENT}Term: `, `${INDENT}      `));
  }
  // Text from input never reaches the terminal as control characters (ESC, CR, ...).
  return out.map(showControls).join('\n');
}

/** Every step, separated by blank lines. */
export function renderNarration(steps: readonly NarrationStep[]): string {
  return steps.map((s, i) => renderStep(s, i, steps.length)).join('\n\n') + '\n';
}
