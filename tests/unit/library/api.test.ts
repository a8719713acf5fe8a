import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  commandTableAt,
  compare,
  formatIso,
  InputError,
  loadDesign,
  loadDesignSource,
  loadScenario,
  loadScenarioSource,
  packagePath,
  readRecords,
  RECORD_FORMAT,
  renderJsonl,
  scoreRecords,
  simulate,
  validate,
  type LogRecord,
} from '../../../src/index.js';
import { scoreRun } from '../../../src/sweep/scoreRun.js';

/** The library API (src/index.ts) as a script uses it. */
const KOREA = 'scenarios/korea/escalation.yaml';

describe('loading from a file, text or object', () => {
  test('text and object sources give the same model as the file', () => {
    const fromFile = loadScenario(KOREA);
    const text = readFileSync(KOREA, 'utf8');
    const fromText = loadScenarioSource({ text }, { name: 'escalation.yaml', baseDir: 'scenarios/korea' });
    expect(simulate(fromText, { seed: '3' }).records.slice(1)).toEqual(simulate(fromFile, { seed: '3' }).records.slice(1));
    const object = { scenario: 'probe', title: 'Probe', design: 'us-rok-cfc-1994', start: '2026-03-01', forces: [{ id: 'rok-1', name: 'ROK I Corps', nation: 'ROK', component: 'land', designated: true, home: 'rok-jcs' }], timeline: [{ at: 'T+1h', defcon: 3 }] };
    const model = loadScenarioSource({ object });
    expect(model.id).toBe('probe');
    expect(model.forces.map((f) => f.id)).toEqual(['rok-1']);
  });

  test('problems in text point at its lines; problems in an object name the input', () => {
    const text = readFileSync(KOREA, 'utf8').replace('component: land', 'component: lnad');
    const err = (() => {
      try {
        loadScenarioSource({ text }, { name: 'edited.yaml', baseDir: 'scenarios/korea' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    const line = text.split('\n').findIndex((l) => l.includes('component: lnad')) + 1;
    expect((err as InputError).problems[0]).toMatchObject({ file: 'edited.yaml', line });
    expect(() => loadScenarioSource({ object: { scenario: 'x' } }, { name: 'mine' })).toThrow(/^mine: /m);
  });

  test('a design from an object extends a built-in, and a scenario runs under it', () => {
    const base = loadDesign('us-japan-acm-2015');
    const design = loadDesignSource({ object: { design: 'acm-variant', extends: 'us-japan-acm-2015', summary: 'A variant' } });
    expect(design.id).toBe('acm-variant');
    expect(design.rules.map((r) => r.id)).toEqual(base.rules.map((r) => r.id));
    const model = loadScenario('scenarios/japan/gray-zone-to-armed-attack.yaml', { design });
    expect(model.design.id).toBe('acm-variant');
  });

  test('validate tells scenarios, designs and studies apart', () => {
    expect(validate(KOREA).kind).toBe('scenario');
    expect(validate('src/designs/nato.yaml')).toMatchObject({ kind: 'design', designs: [{ id: 'nato' }] });
    expect(validate(packagePath('studies/feo-count.yaml'))).toMatchObject({ kind: 'study', designs: [{ id: 'us-japan-recommended' }] });
  });
});

describe('running and scoring', () => {
  const model = loadScenario(KOREA);
  const result = simulate(model, { seed: '11' });

  test('run-start states the package version and the record format', () => {
    const start = result.records[0] as Extract<LogRecord, { type: 'run-start' }>;
    expect(start.recordFormat).toBe(RECORD_FORMAT);
    expect(start.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  test('the command table at a time given as text or as a SimTime agree', () => {
    const t = model.start + 3 * 24 * 3_600_000;
    expect(commandTableAt(result, 'T+3d')).toEqual(commandTableAt(result, t));
    expect(commandTableAt(result, 'T+3d').time).toBe(formatIso(t));
  });

  test('saved records read back and score as the streaming scorer does', () => {
    const saved = readRecords(renderJsonl(result), 'run.jsonl');
    expect(saved).toEqual(result.records);
    expect(scoreRecords(saved)).toEqual(scoreRun(model, '11', 'x'));
  });

  test('a log of another major record format, or a line that is not a record, is refused', () => {
    const lines = renderJsonl(result).split('\n');
    const other = lines[0]!.replace(`"recordFormat":"${RECORD_FORMAT}"`, '"recordFormat":"2.0.0"');
    expect(() => readRecords([other, ...lines.slice(1)].join('\n'), 'old.jsonl')).toThrow(/^old\.jsonl:1:1: the log has record format 2\.0\.0/);
    expect(() => readRecords(`${lines[0]}\nnot json\n`, 'torn.jsonl')).toThrow(/^torn\.jsonl:2:1: not a JSON record/);
  });
});

describe('compare', () => {
  test('reports progress up to the total and summarizes both designs', async () => {
    const progress: [number, number][] = [];
    const r = await compare({ scenario: KOREA, designs: ['us-rok-cfc-1994', 'us-rok-cfc-1978'], runs: 3, workers: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0])).toBe(true);
    expect(new Set(r.summary.cells.map((c) => c.design))).toEqual(new Set(['us-rok-cfc-1994', 'us-rok-cfc-1978']));
    expect(r.interrupted).toBe(false);
  });

  test('refuses an empty design list as bad input', async () => {
    await expect(compare({ scenario: KOREA, designs: [] })).rejects.toBeInstanceOf(InputError);
  });
});
