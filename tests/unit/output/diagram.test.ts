import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCommandDiagram, renderMachinesDiagram } from '../../../src/output/index.js';
import { mermaidText } from '../../../src/output/diagram/mermaid.js';
import { dotString } from '../../../src/output/diagram/dot.js';
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
    expect(graphviz.dot(renderCommandDiagram(hostileDesign(), { format: 'dot' }))).toContain('CFC &quot;combined&quot; \\ &lt;b&gt;bold&lt;/b&gt; ; %% &#45;&#45;&gt;');
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
  it('draws the command tree with forces under their OPCON holder and dashed bodies', () => {
    const dot = renderCommandDiagram(hostileDesign(), { format: 'dot', result: fixtureResult(), at: TRANSFER });
    expect(graphviz.dot(dot)).toContain('<svg');
    const cfc = /(h\d+) \[shape=box, label="CFC/.exec(dot)![1];
    const corps = /(f\d+) \[.*label="ROK I Corps/.exec(dot)![1];
    expect(dot).toContain(`${cfc} -> ${corps} [label="OPCON"]`);
    expect(dot).toMatch(/style=dashed, dir=none/);
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
    expect(text).toMatch(/h1 -->\|"OPCON"\| f0/);
    expect(text).toMatch(/-\.-\|"Military Committee Meeting \(active\)"\|/);
  });
});
