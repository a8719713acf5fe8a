import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import { parseIso } from '../../../src/model/time.js';
import { commandTableJson, holdersAt, renderCommandDiagram, renderCsv, renderJsonl, renderMachinesDiagram, renderMarkdown, renderText } from '../../../src/output/index.js';
import { loadScenario } from '../../../src/scenario/index.js';

const result = simulate(loadScenario('scenarios/korea/escalation.yaml'));

describe('sinks on a real run of korea/escalation', () => {
  it('text has a line per narrated record and the final table lists every force', () => {
    const text = renderText(result);
    expect(text.split('\n')[0]).toMatch(/^korea-escalation: /);
    const table = text.slice(text.indexOf('Command at the end'));
    for (const f of result.model.forces) expect(table).toContain(f.id);
    expect(text).toMatch(/command\s+OPCON rok-jcs → cfc: ROK I Corps/);
  });
  it('JSONL and CSV have one line per record; JSONL is the records exactly', () => {
    const jsonl = renderJsonl(result).trimEnd().split('\n');
    expect(jsonl.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(result.records)));
    expect(renderCsv(result).trimEnd().split('\n')).toHaveLength(result.records.length + 1);
    expect(renderMarkdown(result)).toContain('## Command at the end');
  });
  it('replaying command records agrees with the engine history at every change', () => {
    const replay = { ...result, history: undefined };
    const times = [result.model.start, ...result.records.filter((r) => r.type === 'command').map((r) => parseIso(r.t)!), result.model.end];
    for (const t of times) expect(holdersAt(replay, t)).toEqual(holdersAt(result, t));
  });
  it('opcon at --json chains end at national authorities', () => {
    const doc = commandTableJson(result, result.model.end);
    expect(doc.forces).toHaveLength(result.model.forces.length);
    const authorities = new Set(result.model.design.authorities.map((a) => a.id));
    for (const f of doc.forces) expect(authorities.has(f.chain[f.chain.length - 1]!)).toBe(true);
  });
  it('diagrams of the real design mark one state per machine', () => {
    const dot = renderMachinesDiagram(result.model.design, { format: 'dot', result, at: result.model.end });
    const clusters = (dot.match(/subgraph cluster_/g) ?? []).length;
    expect(clusters).toBeGreaterThan(3);
    expect((dot.match(/style="rounded,filled,bold"/g) ?? []).length).toBe(clusters);
    expect(renderCommandDiagram(result.model.design, { format: 'mermaid', result })).toMatch(/^flowchart TD/);
  });
  it('DOT of the real design and command tree renders in Graphviz', async () => {
    const graphviz = await Graphviz.load();
    expect(graphviz.dot(renderMachinesDiagram(result.model.design, { format: 'dot', result }))).toContain('<svg');
    expect(graphviz.dot(renderCommandDiagram(result.model.design, { format: 'dot', result, at: result.model.end }))).toContain('<svg');
  });
});
