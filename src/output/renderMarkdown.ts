import type { RunResult } from '../engine/api.js';
import type { RunEndRecord } from '../model/records.js';
import { formatIso, formatRelative } from '../model/time.js';
import { holderTableRows, holdersAt } from './commandTableAt.js';
import { timelineEntries } from './timelineEntries.js';
import { runFacts } from './runFacts.js';
import { showControls } from '../model/showControls.js';

/**
 * A Markdown report of one run: summary, timeline table (with each rule's source) and the
 * final command table. Every cell is escaped, so scenario text cannot break the tables.
 */
export function renderMarkdown(result: RunResult): string {
  return [...renderMarkdownLines(result)].join('');
}

/** {@link renderMarkdown} one line at a time (each with its newline), for writing as it goes. */
export function* renderMarkdownLines(result: RunResult): Generator<string> {
  const facts = runFacts(result);
  const lines = (...ls: string[]) => ls.map((l) => `${l}\n`).join('');
  yield lines(`# ${mdText(facts.title)}`, '');
  yield lines(`- Scenario: \`${mdCode(facts.scenario)}\``);
  yield lines(`- Design: \`${mdCode(facts.designId)}\` (${mdText(facts.designName)})`);
  yield lines(`- Seed: \`${mdCode(facts.seed)}\``);
  yield lines(`- From ${formatIso(facts.start)} to ${formatIso(facts.end)} (${formatRelative(facts.end, facts.start)})`, '');
  const end = result.records.find((r): r is RunEndRecord => r.type === 'run-end');
  if (end && Object.keys(end.summary).length > 0) {
    yield lines('## Summary', '', ...table([['metric', 'value'], ...Object.entries(end.summary).map(([k, v]) => [k, String(v)])]), '');
  }
  yield lines('## Timeline', '');
  const head = ['T', 'time (UTC)', 'kind', 'what', 'source'];
  yield lines(...table([head]));
  for (const e of timelineEntries(result, facts)) {
    yield lines(tableRow([formatRelative(e.t, facts.start), formatIso(e.t), e.kind, e.text + (e.rule ? ` [${e.rule}]` : ''), e.source ?? '']));
  }
  yield lines('', `## Command at the end (${formatIso(facts.end)})`, '');
  yield lines(...table(holderTableRows(holdersAt(result, facts.end))));
}

/** One row of a GitHub-flavoured table, every cell escaped. */
export function tableRow(r: readonly string[]): string {
  return `| ${r.map(mdCell).join(' | ')} |`;
}

/** A GitHub-flavoured table; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const [head, ...body] = rows;
  return [tableRow(head!), `|${head!.map(() => '---').join('|')}|`, ...body.map(tableRow)];
}

/** Escapes a table cell: pipes, Markdown/HTML specials and control characters; line breaks become `<br>`. */
export function mdCell(s: string): string {
  return s.split(/\r?\n/).map(mdText).join('<br>').replace(/\|/g, '\\|');
}

/**
 * Escapes inline text so scenario strings render literally (no links, emphasis or HTML), on one
 * line: line breaks and other control characters are shown escaped (`\n`, `\u001b`).
 */
export function mdText(s: string): string {
  return showControls(s.replace(/[\\`*_{}[\]<>#!~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)));
}

/** Text inside a code span: no backtick to close it early, on one line. */
export function mdCode(s: string): string {
  return showControls(s.replace(/`/g, "'"));
}
