import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { RECORD_FORMAT } from '../../src/model/records.js';
import { CSV_COLUMN_TYPES } from '../../src/output/renderCsv.js';
import { renderCsv, renderJsonl } from '../../src/output/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { opcon } from '../helpers/cli.js';
import { shippedScenarios } from '../helpers/shipped.js';
import { readStrictCsv, type CellType } from '../helpers/strictCsv.js';

/**
 * opcon's outputs read by tools nobody here wrote, the strict way: jq parses every record time
 * with fromdateiso8601 (RFC 3339 with seconds, nothing else), and a typed CSV reader checks
 * every cell of run and study CSVs against one type per column.
 */
const runCsvType = (col: string): CellType => {
  const t = (CSV_COLUMN_TYPES as Record<string, CellType>)[col];
  if (t === undefined) throw new Error(`run CSV column ${col} has no declared type`);
  return t;
};

/** Study summary columns; a column without a declared type is read as text. */
const SUMMARY_TYPES: Record<string, CellType> = { point: 'integer', n: 'integer', missing: 'integer', mean: 'number', ci_low: 'number', ci_high: 'number', median: 'number', p10: 'number', p90: 'number', min: 'number', max: 'number', sd: 'number' };
const summaryType = (col: string): CellType => SUMMARY_TYPES[col] ?? 'string';

/** stderr lines other than warnings (a design warning does not make an output unreadable). */
const problemLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('opcon: warning:'));

function jq(filter: string, input: string): string {
  const r = spawnSync('jq', ['-e', '-s', '-c', filter], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`jq is missing (apt-get install jq): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`jq failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}

describe('run logs and run CSVs of every shipped scenario', () => {
  for (const file of shippedScenarios()) {
    test(file, () => {
      const result = simulate(loadScenario(file), { version: 'test' });
      // Every time parses with jq's strict RFC 3339 reader, and times never go backwards.
      const times = jq('[.[] | .t | fromdateiso8601] | select(. == sort) | [length, first, last]', renderJsonl(result));
      const [count, first, last] = JSON.parse(times) as number[];
      expect(count).toBe(result.records.length);
      expect(first! * 1000).toBe(result.model.start);
      expect(last! * 1000).toBe(result.model.end);
      expect(jq('first | [.recordFormat, (.start | fromdateiso8601), (.end | fromdateiso8601)]', renderJsonl(result))).toBe(JSON.stringify([RECORD_FORMAT, result.model.start / 1000, result.model.end / 1000]));

      const rows = readStrictCsv(renderCsv(result), runCsvType);
      expect(rows).toHaveLength(result.records.length);
      expect(rows.filter((r) => r.type === 'command').every((r) => r.to_holder !== '' || r.from_holder !== '')).toBe(true);
    });
  }
});

describe('study CSVs', () => {
  test('compare --format csv reads with one type per column', () => {
    const r = opcon(['compare', 'scenarios/korea/escalation.yaml', '--designs', 'us-rok-cfc-1994,us-rok-future-cfc-2018', '--runs', '4', '--workers', '1', '--no-progress', '--format', 'csv']);
    expect(problemLines(r.stderr)).toEqual([]);
    const rows = readStrictCsv(r.stdout, summaryType);
    expect(new Set(rows.map((x) => x.design))).toEqual(new Set(['us-rok-cfc-1994', 'us-rok-future-cfc-2018']));
    expect(rows.every((x) => Number(x.n) <= 4)).toBe(true);
  });

  test('sweep --format csv reads with one type per column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opcon-formats-'));
    const study = join(dir, 'study.yaml');
    writeFileSync(study, `sweep: formats\nscenario: ${relative(dir, resolve('scenarios/japan/gray-zone-to-armed-attack.yaml'))}\ndesigns: [us-japan-recommended]\nruns: 3\nparameters:\n  feo-count: [0, 10]\n`);
    const r = opcon(['sweep', study, '--workers', '1', '--no-progress', '--format', 'csv']);
    expect(problemLines(r.stderr)).toEqual([]);
    const rows = readStrictCsv(r.stdout, summaryType);
    expect(new Set(rows.map((x) => x.point))).toEqual(new Set(['0', '1']));
  });

  test('the strict reader refuses what a typed loader would', () => {
    expect(() => readStrictCsv('seq,t\n1,2026-03-01T00:00Z\n', runCsvType)).toThrow(/column t/);
    expect(() => readStrictCsv('seq,engaged\n1,rok-jcs\n', runCsvType)).toThrow(/column engaged/);
    expect(() => readStrictCsv('seq,t\n1\n', runCsvType)).toThrow(/1 cells/);
  });
});
