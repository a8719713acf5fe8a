import type { RunResult } from '../engine/api.js';
import type { RunEndRecord } from '../model/records.js';
import { formatIso, formatRelative } from '../model/time.js';
import { alignColumns, columnWidths, padColumns } from './alignColumns.js';
import { palette } from './ansi.js';
import { holderTableRows, holdersAt } from './commandTableAt.js';
import { timelineEntries } from './timelineEntries.js';
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
  const facts = runFacts(result);
  const p = palette(options.color ?? false);
  const lines: string[] = [];
  lines.push(p.bold(`${facts.scenario}: ${facts.title}`));
  lines.push(`design ${facts.designId} (${facts.designName}), seed ${facts.seed}, ${formatIso(facts.start)} to ${formatIso(facts.end)}`);
  lines.push('');
  const entries = timelineEntries(result, facts);
  const rows = entries.map((e) => [formatRelative(e.t, facts.start), formatIso(e.t), e.kind, e.text + (e.rule ? ` [${e.rule}]` : '')]);
  // Pad plain text first, then color: escape codes would skew the widths.
  const w = columnWidths(rows);
  rows.forEach((r, i) => {
    const kind = entries[i]!.kind;
    lines.push(`${p.dim(`${padColumns(r[0]!, w[0]!)}  ${padColumns(r[1]!, w[1]!)}`)}  ${p.kind(kind, padColumns(r[2]!, w[2]!))}  ${r[3]}`);
  });
  if (entries.length === 0) lines.push('(no events)');
  lines.push('');
  lines.push(p.bold(`Command at the end (${formatRelative(facts.end, facts.start)}, ${formatIso(facts.end)})`));
  lines.push(...alignColumns(holderTableRows(holdersAt(result, facts.end))));
  const end = result.records.find((r): r is RunEndRecord => r.type === 'run-end');
  if (end && Object.keys(end.summary).length > 0) {
    lines.push('', p.bold('Summary'));
    lines.push(...alignColumns(Object.entries(end.summary).map(([k, v]) => [k, String(v)])));
  }
  return lines.join('\n') + '\n';
}
