import { describe, expect, it } from 'vitest';
import { renderComparisonHtml, renderHtml } from '../../../src/output/index.js';
import { jsonForScript } from '../../../src/output/escapeHtml.js';
import { viewerData } from '../../../src/output/viewerData.js';
import { fixtureResult } from './fixture.js';

describe('renderHtml', () => {
  const html = renderHtml(fixtureResult({ hostile: true }));
  it('is one self-contained file: no external scripts, styles, images or fetches', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|import\(/);
    expect(html).toContain("default-src 'none'");
  });
  it('escapes scenario text in markup and in the inlined data', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Escalation &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<img src=x');
    // Exactly the two script elements the page needs: the data block and the viewer.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
  it('inlines data that parses back to the viewer data', () => {
    const json = /<script type="application\/json" id="opcon-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(viewerData(fixtureResult({ hostile: true })))));
    expect(jsonForScript({ s: '</script><!--\u2028' })).toBe('{"s":"\\u003c/script>\\u003c!--\\u2028"}');
  });
  it('gives the viewer one frame per command record and the theater changes', () => {
    const data = viewerData(fixtureResult());
    expect(data.frames.map((f) => f.seq)).toEqual([-1, 9, 10, 12, 13]);
    expect(data.frames[2]!.opcon).toEqual(['cfc', 'cfc', 'usfk']);
    expect(data.theater.initial).toMatchObject({ defcon: 'DEFCON IV', posture: 'armistice', situation: 'none' });
    expect(data.theater.changes.map((c) => c.label)).toEqual(['DEFCON III', 'DEFCON IV']);
    expect(data.nations).toEqual(['US', 'ROK']);
  });
});

describe('renderComparisonHtml', () => {
  it('embeds the charts and table and escapes the title and names', () => {
    const html = renderComparisonHtml({ title: 'A <b>', svgs: [{ name: 'latency & spread', svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' }], tableHtml: '<table><tr><td>1</td></tr></table>' });
    expect(html).toContain('<title>A &lt;b&gt;</title>');
    expect(html).toContain('<figcaption>latency &amp; spread</figcaption><svg');
    expect(html).not.toContain('<?xml');
    expect(html).toContain('<table><tr><td>1</td></tr></table>');
  });
});
