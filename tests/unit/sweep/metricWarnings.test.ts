import { describe, expect, it } from 'vitest';
import { metricWarnings } from '../../../src/sweep/metricWarnings.js';
import { renderSummaryCsv, renderSummaryMarkdown, renderSummaryText, type ReportContext } from '../../../src/sweep/renderSummary.js';
import type { RunRow } from '../../../src/sweep/runChunk.js';
import { runSeed } from '../../../src/sweep/runSeed.js';
import { summarize } from '../../../src/sweep/summarize.js';

const row = (design: string, run: number, metrics: Record<string, number | null>): RunRow => ({ design, point: 0, run, seed: runSeed('1', run), metrics });
async function* from(rows: RunRow[]) {
  yield* rows;
}
const ctx: ReportContext = { scenario: 's.yaml', designs: ['a', 'b'], given: ['a', 'b'], points: [{}], rootSeed: '1', version: '0' };

/** Two designs x three runs: refusals always tie; decision latency differs and design b is censored once. */
async function study() {
  const rows = [0, 1, 2].flatMap((i) => [
    row('a', i, { 'decision-latency-h': 5 + i, 'decision-censored': 0, refusals: 1 }),
    row('b', i, { 'decision-latency-h': 9 + i, 'decision-censored': i === 2 ? 1 : 0, refusals: 1 }),
  ]);
  return summarize(() => from(rows), { designs: ['a', 'b'], points: [{}], runs: 3 });
}

describe('metric warnings', () => {
  it('warns of a metric that ties in every pair and of one censored in some run', async () => {
    const s = await study();
    const w = metricWarnings(s, 1);
    expect(w.map((x) => `${x.metric} ${x.kind} ${x.designs.join('+')}`)).toEqual(expect.arrayContaining(['decision-latency-h censored b', 'refusals ties a+b']));
    expect(w.find((x) => x.kind === 'censored')!.text).toMatch(/decision-latency-h is censored in some runs \(b 1\/3 runs/);
    // decision latency differs on every pair: no tie warning for it.
    expect(w.some((x) => x.metric === 'decision-latency-h' && x.kind === 'ties')).toBe(false);
  });

  it('prints the warning lines in every format; the CSV keeps one column per field', async () => {
    const s = await study();
    const w = metricWarnings(s, 1);
    expect(renderSummaryText(s, ctx, w)).toMatch(/^warning: refusals ties in every pair/m);
    expect(renderSummaryMarkdown(s, ctx, w)).toMatch(/## Warnings\n\n(- warning: .*\n)*- warning: refusals ties in every pair/);
    const lines = renderSummaryCsv(s, ctx, w).trimEnd().split('\n');
    expect(lines[0]!.split(',').at(-1)).toBe('warning');
    const refusalsA = lines.find((l) => l.startsWith('0,(design as loaded),a,refusals,'))!;
    expect(refusalsA).toMatch(/,"warning: refusals ties in every pair \(3 paired runs of a, b\)[^"]*"$/);
    // No comment lines that a CSV reader would take for data: warnings live in their own column.
    expect(lines.every((l) => !l.startsWith('#'))).toBe(true);
  });
});
