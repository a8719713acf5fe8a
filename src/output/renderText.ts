import type { RunResult } from '../engine/api.js';
import type { RunEndRecord } from '../model/records.js';
import { formatIso, formatRelative } from '../model/time.js';
import { alignColumns, columnWidths, padColumns } from './alignColumns.js';
import { palette } from './ansi.js';
import { holderTableRows, holdersAt, supportAt, supportLines } from './commandTableAt.js';
import { showControls } from '../model/showControls.js';
import { timelineEntries, type TimelineEntry } from './timelineEntries.js';
import { runFacts } from './runFacts.js';

/** Options of the text sink. */
export interface TextOptions {
  /** ANSI colors; the caller decides (see `wantsColor`, which honours NO_COLOR). Default off. */
  readonly color?: boolean;
}

/**
 * The default output of `opcon run`: a header, a time-stamped line per event, decision, state
 * change and command change (a rule's many force changes on one line), then who holds OPCON,
 * TACON and ADCON of each force at the end, and the run's summary metrics.
 * @example renderText(simulate(model)) // "T+6h12m  2026-03-01T06:12Z  command  OPCON rok-jcs → cfc: ..."
 */
export function renderText(result: RunResult, options: TextOptions = {}): string {
  return [...renderTextLines(result, options)].join('');
}

/**
 * {@link renderText} one line at a time (each with its newline), so a long run is written as it
 * goes rather than built into one string. Text from input (names, labels, ids, the seed) never
 * reaches the terminal as control characters: they are shown escaped (`\u001b`).
 */
export function* renderTextLines(result: RunResult, options: TextOptions = {}): Generator<string> {
  const facts = runFacts(result);
  const p = palette(options.color ?? false);
  const line = (s: string) => `${s}\n`;
  yield line(p.bold(showControls(`${facts.scenario}: ${facts.title}`)));
  yield line(showControls(`design ${facts.designId} (${facts.designName}), seed ${facts.seed}, ${formatIso(facts.start)} to ${formatIso(facts.end)}`));
  yield '\n';
  const entries = timelineEntries(result, facts);
  const cells = (e: TimelineEntry) => [formatRelative(e.t, facts.start), formatIso(e.t), e.kind];
  // Pad plain text first, then color: escape codes would skew the widths.
  const w = columnWidths(entries.map(cells));
  for (const e of entries) {
    const r = cells(e);
    yield line(`${p.dim(`${padColumns(r[0]!, w[0]!)}  ${padColumns(r[1]!, w[1]!)}`)}  ${p.kind(e.kind, padColumns(r[2]!, w[2]!))}  ${showControls(e.text + (e.rule ? ` [${e.rule}]` : ''))}`);
  }
  if (entries.length === 0) yield line('(no events)');
  yield '\n';
  yield line(p.bold(`Command at the end (${formatRelative(facts.end, facts.start)}, ${formatIso(facts.end)})`));
  for (const row of alignColumns(holderTableRows(holdersAt(result, facts.end)).map((r) => r.map(showControls)))) yield line(row);
  for (const row of supportLines(supportAt(result, facts.end))) yield line(showControls(row));
  const end = result.records.find((r): r is RunEndRecord => r.type === 'run-end');
  if (end && Object.keys(end.summary).length > 0) {
    yield '\n';
    yield line(p.bold('Summary'));
    for (const row of alignColumns(Object.entries(end.summary).map(([k, v]) => [showControls(k), String(v)]))) yield line(row);
  }
}
