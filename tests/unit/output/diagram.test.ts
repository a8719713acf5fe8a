import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCommandDiagram, renderMachinesDiagram } from '../../../src/output/index.js';
import { mermaidText } from '../../../src/output/diagram/mermaid.js';
import { dotString } from '../../../src/output/diagram/dot.js';
import { commandGraph, groupLines } from '../../../src/output/diagram/commandGraph.js';
import { simulate } from '../../../src/engine/simulate.js';
import { DAY } from '../../../src/model/time.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { fixtureDesign, fixtureResult, START, TRANSFER } from './fixture.js';

let graphviz: Awaited<ReturnType<typeof Graphviz.load>>;
beforeAll(async () => {
  graphviz = await Graphviz.load();
});

/** A design whose names try to break out of labels. */
function hostileDesign() {
  const d = fixtureDesign();
  return { ...d, headquarters: d.headquarters.map((h) => (h.id === 'cfc' ? { ...h, name: 'CFC "combined" \\ <b>bold</b> ; %% -->' } : h)), rules: d.rules.map((r) => ({ ...r, name: 'Wartime "OPCON" } { [x]' })) };
}

describe('DOT diagrams', () => {
  it('renders every machine of a design to SVG in Graphviz', () => {
    const dot = renderMachinesDiagram(hostileDesign(), { format: 'dot' });
    const svg = graphviz.dot(dot);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Rule cfc&#45;wartime&#45;opcon: Wartime &quot;OPCON&quot; } { [x]');
    // The name is wrapped onto two lines of the node.
    const tree = graphviz.dot(renderCommandDiagram(hostileDesign(), { format: 'dot' }));
    expect(tree).toContain('>CFC &quot;combined&quot; \\</text>');
    expect(tree).toContain('>&lt;b&gt;bold&lt;/b&gt; ; %% &#45;&#45;&gt;</text>');
    expect(dot).toContain('label="when defcon at least 3 (pre-agreed)"');
    expect(dot).toContain('subgraph cluster_');
    expect(dot).toMatch(/Theater: defcon/);
    expect(dot).toMatch(/Body mcm-body/);
    expect(dot).toMatch(/Authority us-president/);
  });
  it('marks the active state at an instant', () => {
    const before = renderMachinesDiagram(fixtureDesign(), { format: 'dot', result: fixtureResult(), at: START + 60_000 });
    const after = renderMachinesDiagram(fixtureDesign(), { format: 'dot', result: fixtureResult(), at: TRANSFER });
    const marked = (dot: string) => [...dot.matchAll(/\[label="([^"]*)", style="rounded,filled,bold"/g)].map((m) => m[1]);
    expect(marked(before)).toContain('inactive');
    expect(marked(before)).toContain('DEFCON IV');
    expect(marked(after)).toContain('transferred');
    expect(marked(after)).toContain('DEFCON III');
    expect(marked(after)).toContain('active');
    graphviz.dot(after);
  });
  it('draws the command tree top-down, forces grouped under their OPCON holder, colored by nation', () => {
    const dot = renderCommandDiagram(hostileDesign(), { format: 'dot', result: fixtureResult(), at: TRANSFER });
    expect(graphviz.dot(dot)).toContain('<svg');
    expect(dot).toContain('rankdir=TB');
    const cfc = /(h\d+) \[label="CFC [^\n]*US commands, ROK deputy", fillcolor="#0072B233", color="#0072B2"/.exec(dot)![1];
    const group = /(g\d+) \[shape=note[^\n]*label="OPCON: 2 ROK forces\\nROK I Corps\\nROK III Corps", fillcolor="#E69F0033"/.exec(dot)![1];
    expect(dot).toContain(`${cfc} -> ${group} [label="OPCON"]`);
    expect(dot).toMatch(/style=dashed, dir=none, constraint=false/);
  });
  it('collapses many forces of one holder to a count', () => {
    const design = fixtureDesign();
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `rok-div-${i}`, name: `ROK Division ${i}`, nation: 'ROK', opcon: 'cfc', tacon: null, adcon: 'rok-jcs' }));
    const graph = commandGraph(design, many);
    expect(graph.groups).toHaveLength(1);
    expect(groupLines(graph.groups[0]!)).toEqual(['OPCON: 9 ROK forces', 'ROK Division 0', 'ROK Division 1', 'ROK Division 2', 'and 6 more']);
  });
  it('keeps the Korean command tree at T+12d within a page width (A4 landscape, 842 pt)', () => {
    // It rendered 12,163 pt wide (17,551 px) with a node per force in one row.
    const korea = simulate(loadScenario('scenarios/korea/escalation.yaml'));
    const svg = graphviz.dot(renderCommandDiagram(korea.model.design, { format: 'dot', result: korea, at: korea.model.start + 12 * DAY }));
    const [, width, height] = /<svg width="(\d+)pt" height="(\d+)pt"/.exec(svg)!;
    expect(Number(width)).toBeLessThanOrEqual(842);
    expect(Number(height)).toBeLessThan(2000);
    expect(svg).toContain('OPCON: 18 ROK forces');
  });
  it('escapes quotes and backslashes', () => {
    expect(dotString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
  });
});

describe('Mermaid diagrams', () => {
  it('encodes every risky character as an entity', () => {
    expect(mermaidText('a "b" ; %% --> [x]')).toBe('a #34;b#34; #59; #37;#37; --#62; #91;x#93;');
  });
  it('writes a stateDiagram with composite machines and the active class', () => {
    const text = renderMachinesDiagram(fixtureDesign(), { format: 'mermaid', result: fixtureResult(), at: TRANSFER });
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toMatch(/state "Rule cfc-wartime-opcon#58; Wartime OPCON to CFC" as m\d+ \{/);
    expect(text).toMatch(/class m\d+_\d+ active/);
  });
  it('writes a flowchart of the command tree', () => {
    const text = renderCommandDiagram(fixtureDesign(), { format: 'mermaid', result: fixtureResult(), at: TRANSFER });
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    expect(text).toMatch(/h1 -->\|"OPCON"\| g0/);
    expect(text).toMatch(/style h1 fill:#0072B233,stroke:#0072B2/);
    expect(text).toMatch(/-\.-\|"Military Committee Meeting \(active\)"\|/);
  });
});
