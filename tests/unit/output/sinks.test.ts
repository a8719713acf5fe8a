import { describe, expect, it } from 'vitest';
import { renderText, renderJsonl, renderCsv, renderMarkdown, renderCommandTable, commandTableJson } from '../../../src/output/index.js';
import { csvCell } from '../../../src/output/renderCsv.js';
import { wantsColor } from '../../../src/output/ansi.js';
import { fixtureResult, START, TRANSFER, RETURN, END } from './fixture.js';
import { formatIso } from '../../../src/model/time.js';

describe('renderText', () => {
  const text = renderText(fixtureResult());
  it('has a header naming scenario, design and seed', () => {
    expect(text.split('\n')[0]).toBe('fixture-escalation: Fixture escalation');
    expect(text).toContain('design test-cfc (Test CFC design), seed 7');
  });
  it('groups a rule\'s force changes into one time-stamped line', () => {
    const lines = text.split('\n').filter((l) => l.includes('OPCON rok-jcs → cfc'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^T\+6h12m\s+2026-03-01T06:12:00Z\s+command\s+OPCON rok-jcs → cfc: ROK I Corps, ROK III Corps \[cfc-wartime-opcon\]$/);
  });
  it('aligns the columns of timeline lines', () => {
    const lines = text.split('\n').filter((l) => l.startsWith('T+'));
    const col = lines.map((l) => l.indexOf('2026-'));
    expect(new Set(col).size).toBe(1);
    expect(lines.some((l) => l.includes('theater.defcon: DEFCON IV → DEFCON III'))).toBe(true);
  });
  it('ends with who holds each force at the end, and the summary', () => {
    const tail = text.slice(text.indexOf('Command at the end'));
    expect(tail).toMatch(/rok-1-corps\s+ROK I Corps\s+ROK\s+rok-jcs\s+-\s+rok-jcs/);
    expect(tail).toMatch(/us-2id\s+.*\s+usfk\s+-\s+usfk/);
    expect(tail).toMatch(/transfers\s+2/);
  });
  it('colors only when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(renderText(fixtureResult(), { color: true })).toContain('\u001b[32mcommand');
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
  });
  it('gives the same text replaying records without history', () => {
    expect(renderText(fixtureResult({ history: false }))).toBe(text);
  });
});

describe('renderJsonl', () => {
  it('writes one record per line exactly as constructed', () => {
    const result = fixtureResult();
    const lines = renderJsonl(result).trimEnd().split('\n');
    expect(lines).toHaveLength(result.records.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(result.records);
    expect(lines[0]!.startsWith('{"t":"2026-03-01T00:00:00Z","type":"run-start"')).toBe(true);
  });
});

describe('renderCsv', () => {
  it('has a header and one row per record with quoted cells', () => {
    const csv = renderCsv(fixtureResult({ hostile: true }));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('seq,t,type,subject,actor,relationship,from_holder,to_holder,from_state,to_state,level,engaged,rule,outcome,mode,phase,cause,text');
    expect(lines).toHaveLength(16);
    expect(lines).toContain(`9,${formatIso(TRANSFER)},command,rok-1-corps,,opcon,rok-jcs,cfc,,,,,cfc-wartime-opcon,,,,8,`);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(null)).toBe('');
  });
});

describe('renderMarkdown', () => {
  it('has summary, timeline and final command tables, escaping scenario text', () => {
    const md = renderMarkdown(fixtureResult({ hostile: true }));
    expect(md).toContain('## Summary');
    expect(md).toContain('## Timeline');
    expect(md).toContain('| T+6h12m | 2026-03-01T06:12:00Z | command | OPCON rok-jcs → cfc: ROK I Corps, ROK III Corps \\[cfc-wartime-opcon\\] | Hornung 2015, p. 9 |');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('patrol boats \\| cross');
    // Every table row has the same number of unescaped pipes as its header.
    const timeline = md.split('\n').filter((l) => l.startsWith('| T'));
    for (const row of timeline) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
  });
});

describe('command table at an instant', () => {
  for (const history of [true, false]) {
    it(`shows the holder before and after the transfer (history ${history})`, () => {
      const result = fixtureResult({ history });
      const holder = (t: number) => commandTableJson(result, t).forces.find((f) => f.id === 'rok-1-corps')!.opcon;
      expect(holder(START)).toBe('rok-jcs');
      expect(holder(TRANSFER - 60_000)).toBe('rok-jcs');
      expect(holder(TRANSFER)).toBe('cfc');
      expect(holder(RETURN)).toBe('rok-jcs');
    });
  }
  it('matches the opcon at --json contract', () => {
    const doc = commandTableJson(fixtureResult(), TRANSFER);
    // design.md's keys first, with their meaning unchanged; the rest are compatible additions.
    expect(Object.keys(doc)).toEqual(['time', 'forces', 'support', 'officers']);
    expect(doc.time).toBe('2026-03-01T06:12:00Z');
    expect(Object.keys(doc.forces[0]!).slice(0, 7)).toEqual(['id', 'name', 'nation', 'opcon', 'tacon', 'adcon', 'chain']);
    expect(doc.forces[0]).toEqual({
      id: 'rok-1-corps',
      name: 'ROK I Corps',
      nation: 'ROK',
      opcon: 'cfc',
      tacon: null,
      adcon: 'rok-jcs',
      chain: ['cfc', 'us-rok-mcm', 'us-president', 'rok-president'],
      national: 'rok-jcs',
      opconTerm: 'OPCON',
      taconTerm: null,
      officer: null,
    });
    expect(doc.forces[2]!.chain).toEqual(['usfk', 'indopacom', 'us-president']);
  });
  it('renders aligned text for opcon at', () => {
    const text = renderCommandTable(fixtureResult(), END);
    expect(text.split('\n')[0]).toBe('Command at T+3d (2026-03-04T00:00:00Z), fixture-escalation, design test-cfc, seed 7');
    expect(text).toMatch(/force\s+name\s+nation\s+OPCON\s+TACON\s+ADCON\s+national\s+OPCON commander/);
  });
});
