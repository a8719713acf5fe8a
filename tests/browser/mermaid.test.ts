import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCommandDiagram, renderMachinesDiagram } from '../../src/output/index.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import { fixtureDesign, fixtureResult, TRANSFER } from '../unit/output/fixture.js';
import { launch, skipBrowser } from './browser.js';

// Mermaid's parser needs a DOM, so it runs in the browser: its UMD bundle from node_modules,
// loaded into a blank page (no network).
const require = createRequire(import.meta.url);
const MERMAID = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');

/** A design whose names try to break out of Mermaid labels. */
function hostileDesign() {
  const d = fixtureDesign();
  return { ...d, headquarters: d.headquarters.map((h) => (h.id === 'cfc' ? { ...h, name: 'CFC "x" ; %% --> [y] {z} <b>' } : h)), rules: d.rules.map((r) => ({ ...r, name: 'Wartime: "OPCON" --> }' })) };
}

describe.skipIf(skipBrowser)('Mermaid output parses in mermaid', () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false }));
  });
  afterAll(async () => {
    await session?.close();
  });

  const parse = (text: string) =>
    page.evaluate(async (t) => {
      try {
        const r = await (window as unknown as { mermaid: { parse(t: string): Promise<{ diagramType: string }> } }).mermaid.parse(t);
        return r.diagramType;
      } catch (e) {
        return `error: ${(e as Error).message}`;
      }
    }, text);

  it('can fail: a broken diagram is reported', async () => {
    expect(await parse('flowchart TD\n  a[["x"]] --> ')).toMatch(/^error/);
  });
  it('parses the machines statechart with active states', async () => {
    const text = renderMachinesDiagram(hostileDesign(), { format: 'mermaid', result: fixtureResult(), at: TRANSFER });
    expect(await parse(text)).toBe('stateDiagram');
  });
  it('parses the command tree flowchart', async () => {
    expect(await parse(renderCommandDiagram(hostileDesign(), { format: 'mermaid', result: fixtureResult(), at: TRANSFER }))).toBe('flowchart-v2');
    expect(await parse(renderCommandDiagram(hostileDesign(), { format: 'mermaid' }))).toBe('flowchart-v2');
  });
  it('parses the diagrams of a real run of korea/escalation', async () => {
    const result = simulate(loadScenario('scenarios/korea/escalation.yaml'));
    const design = result.model.design;
    expect(await parse(renderMachinesDiagram(design, { format: 'mermaid', result, at: result.model.end }))).toBe('stateDiagram');
    expect(await parse(renderCommandDiagram(design, { format: 'mermaid', result, at: result.model.end }))).toBe('flowchart-v2');
  });
});
