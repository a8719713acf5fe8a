import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulate.js';
import type { LogRecord } from '../../../src/model/records.js';
import { formatIso } from '../../../src/model/time.js';
import { narrate } from '../../../src/narrate/narrate.js';
import { renderComparisonHtml, renderHtml } from '../../../src/output/index.js';
import { jsonForScript } from '../../../src/output/escapeHtml.js';
import { cspHash } from '../../../src/output/offlinePage.js';
import { MAX_VIEWER_PAGE_BYTES } from '../../../src/output/renderHtml.js';
import { InputError } from '../../../src/model/errors.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { VIEWER_SCRIPT } from '../../../src/viewer/generated/viewerBundle.js';
import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { sha256Base64 } from '../../../src/output/sha256.js';
import { VIEWER_STYLE } from '../../../src/viewer/viewerStyle.js';
import { fixtureResult } from './fixture.js';

const inlined = (html: string) => JSON.parse(/<script type="application\/json" id="opcon-data">(.*?)<\/script>/s.exec(html)![1]!);

describe('renderHtml', () => {
  const html = renderHtml(fixtureResult({ hostile: true }));
  it('is one self-contained file: no external scripts, styles, images or fetches', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|import\(/);
    expect(html).toContain("default-src 'none'");
  });
  it('allows exactly its own script and style by hash: no unsafe-inline', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`script-src ${cspHash(VIEWER_SCRIPT)}`);
    expect(csp).toContain(`style-src ${cspHash(VIEWER_STYLE)}`);
    expect(html).toContain(`<script>${VIEWER_SCRIPT}</script>`);
  });
  it('escapes scenario text in markup and in the inlined data', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    // Exactly the two script elements the page needs: the data block and the viewer.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(jsonForScript({ s: '</script><!--\u2028' })).toBe('{"s":"\\u003c/script>\\u003c!--\\u2028"}');
  });
  it('inlines the run as plain data (model, seed, records) that narrates as explain does', () => {
    const result = fixtureResult({ hostile: true });
    const data = inlined(html);
    expect(data.records).toEqual(JSON.parse(JSON.stringify(result.records)));
    expect(data.seed).toBe(result.seed);
    expect(narrate(data)).toEqual(JSON.parse(JSON.stringify(narrate(result))));
  });
  it('leaves out the places in input files and the folders of the scenario', () => {
    const result = simulate(loadScenario(join(process.cwd(), 'scenarios/korea/escalation.yaml')));
    const page = renderHtml(result);
    expect(JSON.stringify(result.model)).toContain(process.cwd());
    expect(page).not.toContain(process.cwd());
    expect(page).not.toContain('"position"');
    expect(inlined(page).model.file).toBe('escalation.yaml');
    expect(narrate(inlined(page))).toEqual(JSON.parse(JSON.stringify(narrate(result))));
  });
  it('grows linearly with the records: doubling a run about doubles its page', () => {
    // A page holds each record once (deltas), not the command table after each record.
    const base = fixtureResult();
    const size = (n: number) => {
      const records: LogRecord[] = [...base.records];
      const extra = base.records.filter((r) => r.type === 'command');
      for (let k = 0; k < n; k++) for (const r of extra) records.push({ ...r, seq: records.length } as LogRecord);
      return renderHtml({ ...base, records }).length - VIEWER_SCRIPT.length - VIEWER_STYLE.length;
    };
    const growth1 = size(200) - size(100);
    const growth2 = size(400) - size(300);
    expect(growth2).toBeLessThan(growth1 * 1.05);
  });
  it('refuses, naming the limit, a page over the limit', () => {
    const base = fixtureResult();
    const first = base.records.find((r) => r.type === 'event')!;
    const pad = 'x'.repeat(1024 * 1024);
    const records = [...base.records, ...Array.from({ length: Math.ceil(MAX_VIEWER_PAGE_BYTES / pad.length) + 1 }, (_, k) => ({ ...first, seq: base.records.length + k, label: pad }) as LogRecord)];
    let error: unknown;
    try {
      renderHtml({ ...base, records });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/over the viewer's limit of 16\.0 MB/);
    expect((error as Error).message).toMatch(/limits\.md/);
  });
  it('stays small for the 76-year history run', () => {
    const result = simulate(loadScenario('scenarios/history/korea-opcon-1950-2026.yaml'));
    expect(formatIso(result.model.start).slice(0, 4)).toBe('1950');
    expect(renderHtml(result).length).toBeLessThan(400_000);
  });
});

describe('sha256Base64 (CSP hashes without node:crypto)', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('agrees with node:crypto', (text) => {
    expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
  });
  it('agrees on the viewer script and known vectors', () => {
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(sha256Base64(VIEWER_SCRIPT)).toBe(createHash('sha256').update(VIEWER_SCRIPT, 'utf8').digest('base64'));
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
