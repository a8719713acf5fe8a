import { C2_SCALE } from '../metrics/arrangement.js';
import type { ParameterPoint } from './parameterPoint.js';
import { showControls } from '../model/showControls.js';
import { csvCell } from '../output/csvCell.js';
import { mdCode, mdText, table, tableRow } from '../output/renderMarkdown.js';
import { escapeXml } from './escapeXml.js';
import { columnWidths, padColumns } from '../output/alignColumns.js';
import type { MetricWarning } from './metricWarnings.js';
import type { StudySummary } from './summarize.js';

/** What a report needs besides the summary. */
export interface ReportContext {
  readonly scenario: string;
  /** Design labels (ids), as in rows. */
  readonly designs: readonly string[];
  /** The designs as given (id or file), aligned with `designs`; null ran the scenario's own. */
  readonly given: readonly (string | null)[];
  readonly points: readonly ParameterPoint[];
  readonly rootSeed: string;
  readonly version: string;
}

const num = (v: number | null): string => (v === null ? '-' : Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) >= 100 ? 1 : 3));
const pct = (v: number | null): string => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
const pointLabel = (p: ParameterPoint): string => Object.entries(p).map(([k, v]) => `${k}=${String(v)}`).join(', ') || '(design as loaded)';

/**
 * The replay command of one run, printed so any run can be re-run and inspected alone: the
 * design as given (omitted for the scenario's own) and, at a grid point, one `--set` per
 * parameter, so the run replays with the point's values.
 */
export function replayCommand(scenario: string, design: string | null, seed: string, point: ParameterPoint = {}): string {
  const sets = Object.entries(point).map(([k, v]) => ` --set ${k}=${String(v)}`).join('');
  return `opcon run ${scenario}${design === null ? '' : ` --design ${design}`} --seed ${seed}${sets}`;
}

/** Footnote lines naming the file behind each design label given as a file. */
function designFootnotes(ctx: ReportContext): string[] {
  return ctx.designs.flatMap((label, i) => {
    const g = ctx.given[i];
    return g !== null && g !== undefined && g !== label ? [`${label}: ${g}`] : [];
  });
}

const HEAD = ['metric', 'design', 'n', 'mean', '95% CI', 'median', 'p10', 'p90'];

function rowsOf(s: StudySummary, point: number): string[][] {
  const out: string[][] = [];
  for (const m of s.metrics) {
    for (const c of s.cells.filter((x) => x.metric === m.key && x.point === point)) {
      const label = m.key.startsWith('c2.') && c.median !== null ? `${m.key} (median ${C2_SCALE[Math.round(c.median)]})` : m.key;
      out.push([label, c.design, String(c.n), num(c.mean), c.ciLow === null ? '-' : `[${num(c.ciLow)}, ${num(c.ciHigh)}]`, num(c.median), num(c.p10), num(c.p90)]);
    }
  }
  return out;
}

function pad(rows: string[][]): string {
  const w = columnWidths(rows);
  return rows.map((r) => r.map((c, i) => padColumns(c, w[i]!, i >= 2 ? 'start' : 'end')).join('  ').trimEnd()).join('\n');
}

/**
 * The plain-text report: a table per grid point, paired beat shares, warnings, one replay line per design.
 * Design labels and parameter values come from input: control characters are shown escaped.
 */
export function renderSummaryText(s: StudySummary, ctx: ReportContext, warnings: readonly MetricWarning[] = []): string {
  const lines = [`${ctx.scenario}: ${ctx.designs.length} design(s) x ${s.runs} run(s), root seed ${ctx.rootSeed} (${s.rows} runs summarized)`];
  ctx.points.forEach((p, i) => {
    const head = ctx.points.length > 1 ? [`Point ${i}: ${pointLabel(p)}`] : Object.keys(p).length > 0 ? [`Parameters: ${pointLabel(p)}`] : [];
    lines.push('', ...head, ...pad([HEAD, ...rowsOf(s, i)].map((r) => r.map(showControls))).split('\n'));
    const pairs = s.pairs.filter((x) => x.point === i);
    if (pairs.length > 0) {
      lines.push('', 'Paired runs (same seed): share where A is better / B is better / tied');
      for (const x of pairs) lines.push(`  ${x.metric}: ${x.a} ${pct(x.aShare)} / ${x.b} ${pct(x.bShare)} / ties ${pct(x.tieShare)} (${x.pairs} pairs)`);
    }
  });
  if (warnings.length > 0) lines.push('', ...warnings.map((w) => w.text));
  const notes = designFootnotes(ctx);
  if (notes.length > 0) lines.push('', 'Design files:', ...notes.map((n) => `  ${n}`));
  lines.push('', ctx.points.length > 1 || Object.keys(ctx.points[0] ?? {}).length > 0 ? "Replay run i alone (with the point's parameters set):" : 'Replay any run i alone:');
  ctx.points.forEach((p, i) => {
    for (const [d, label] of ctx.designs.entries()) {
      const prefix = ctx.points.length > 1 ? `point ${i} ${label}: ` : '';
      lines.push(`  ${prefix}${replayCommand(ctx.scenario, ctx.given[d] ?? null, `${ctx.rootSeed}-r<i>`, p)}`);
    }
  });
  return lines.map(showControls).join('\n') + '\n';
}

const CSV_HEAD = ['point', 'parameters', 'design', 'metric', 'n', 'missing', 'mean', 'ci_low', 'ci_high', 'median', 'p10', 'p90', 'min', 'max', 'sd', 'warning'];

/**
 * One CSV line per (point, design, metric), long format for spreadsheets and R. The last column,
 * `warning`, holds the warnings that concern that row (empty otherwise): a column, not a comment
 * line, so every CSV reader (pandas, R) reads the file as is.
 */
export function renderSummaryCsv(s: StudySummary, ctx: ReportContext, warnings: readonly MetricWarning[] = []): string {
  const lines = [CSV_HEAD.join(',')];
  for (const c of s.cells) {
    const warning = warnings.filter((w) => w.metric === c.metric && w.point === c.point && w.designs.includes(c.design)).map((w) => w.text).join('; ');
    lines.push([c.point, pointLabel(ctx.points[c.point] ?? {}), c.design, c.metric, c.n, c.missing, c.mean, c.ciLow, c.ciHigh, c.median, c.p10, c.p90, c.min, c.max, c.sd, warning].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Markdown: a table per grid point, a table of paired beat shares, and the warnings. */
export function renderSummaryMarkdown(s: StudySummary, ctx: ReportContext, warnings: readonly MetricWarning[] = []): string {
  const md = tableRow;
  const lines = [`# ${mdText(ctx.scenario)}`, '', `${ctx.designs.length} design(s) x ${s.runs} run(s), root seed \`${mdCode(ctx.rootSeed)}\`, opcon ${mdText(ctx.version)}.`];
  ctx.points.forEach((p, i) => {
    const title = ctx.points.length > 1 ? `Point ${i}: ${pointLabel(p)}` : Object.keys(p).length > 0 ? pointLabel(p) : 'Results';
    lines.push('', `## ${mdText(title)}`, '', md(HEAD), md(HEAD.map(() => '---')), ...rowsOf(s, i).map(md));
    const pairs = s.pairs.filter((x) => x.point === i);
    if (pairs.length > 0) {
      lines.push('', ...table([['metric', 'A', 'B', 'A better', 'B better', 'ties', 'pairs']]));
      for (const x of pairs) lines.push(md([x.metric, x.a, x.b, pct(x.aShare), pct(x.bShare), pct(x.tieShare), String(x.pairs)]));
    }
  });
  const notes = designFootnotes(ctx);
  if (notes.length > 0) lines.push('', 'Design files:', '', ...notes.map((n) => `- ${n}`));
  if (warnings.length > 0) lines.push('', '## Warnings', '', ...warnings.map((w) => `- ${mdText(w.text)}`));
  return lines.join('\n') + '\n';
}

/** The metrics table for the comparison page (all text escaped), warnings first. */
export function renderSummaryTableHtml(s: StudySummary, ctx: ReportContext, warnings: readonly MetricWarning[] = []): string {
  const parts: string[] = [];
  if (warnings.length > 0) parts.push('<ul class="warnings">', ...warnings.map((w) => `<li>${escapeXml(w.text)}</li>`), '</ul>');
  ctx.points.forEach((p, i) => {
    if (ctx.points.length > 1 || Object.keys(p).length > 0) parts.push(`<h2>${escapeXml(pointLabel(p))}</h2>`);
    parts.push('<table>', `<tr>${HEAD.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr>`);
    for (const r of rowsOf(s, i)) parts.push(`<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`);
    parts.push('</table>');
    const pairs = s.pairs.filter((x) => x.point === i);
    if (pairs.length > 0) {
      parts.push('<table>', '<tr><th>metric</th><th>A</th><th>B</th><th>A better</th><th>B better</th><th>ties</th><th>pairs</th></tr>');
      for (const x of pairs) parts.push(`<tr>${[x.metric, x.a, x.b, pct(x.aShare), pct(x.bShare), pct(x.tieShare), String(x.pairs)].map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`);
      parts.push('</table>');
    }
  });
  return parts.join('\n');
}
