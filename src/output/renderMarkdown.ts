import type { RunResult } from '../engine/api.js';
import type { RunEndRecord } from '../model/records.js';
import { formatIso, formatRelative } from '../model/time.js';
import { holderTableRows, holdersAt } from './commandTableAt.js';
import { timelineEntries } from './timelineEntries.js';
import { runFacts } from './runFacts.js';

/**
 * A Markdown report of one run: summary, timeline table (with each rule's source) and the
 * final command table. Every cell is escaped, so scenario text cannot break the tables.
 */
export function renderMarkdown(result: RunResult): string {
  const facts = runFacts(result);
  const out: string[] = [];
  out.push(`# ${mdText(facts.title)}`, '');
  out.push(`- Scenario: \`${mdCode(facts.scenario)}\``);
  out.push(`- Design: \`${mdCode(facts.designId)}\` (${mdText(facts.designName)})`);
  out.push(`- Seed: \`${mdCode(facts.seed)}\``);
  out.push(`- From ${formatIso(facts.start)} to ${formatIso(facts.end)} (${formatRelative(facts.end, facts.start)})`, '');
  const end = result.records.find((r): r is RunEndRecord => r.type === 'run-end');
  if (end && Object.keys(end.summary).length > 0) {
    out.push('## Summary', '', ...table([['metric', 'value'], ...Object.entries(end.summary).map(([k, v]) => [k, String(v)])]), '');
  }
  out.push('## Timeline', '');
  const entries = timelineEntries(result, facts);
  out.push(...table([['T', 'time (UTC)', 'kind', 'what', 'source'], ...entries.map((e) => [formatRelative(e.t, facts.start), formatIso(e.t), e.kind, e.text + (e.rule ? ` [${e.rule}]` : ''), e.source ?? ''])]), '');
  out.push(`## Command at the end (${formatIso(facts.end)})`, '');
  out.push(...table(holderTableRows(holdersAt(result, facts.end))), '');
  return out.join('\n');
}

/** A GitHub-flavoured table; the first row is the header. */
function table(rows: readonly (readonly string[])[]): string[] {
  const [head, ...body] = rows;
  const line = (r: readonly string[]) => `| ${r.map(mdCell).join(' | ')} |`;
  return [line(head!), `|${head!.map(() => '---').join('|')}|`, ...body.map(line)];
}

/** Escapes a table cell: pipes, line breaks and Markdown/HTML specials. */
export function mdCell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Escapes inline text so scenario strings render literally (no links, emphasis or HTML). */
export function mdText(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#!~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

function mdCode(s: string): string {
  return s.replace(/`/g, "'");
}
