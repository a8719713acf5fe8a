import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opcon } from '../helpers/cli.js';

describe('opcon lab', () => {
  it('writes one offline page carrying every shipped scenario and design, under a policy with no eval and no network', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'opcon-lab-')), 'lab.html');
    const r = opcon(['lab', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; worker-src blob:; style-src 'sha256-[^']+' 'nonce-opcon-lab';/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    const data = JSON.parse(/<script type="application\/json" id="lab-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { files: Record<string, string>; designs: { id: string }[] };
    for (const f of readdirSync('src/designs')) expect(data.files[`src/designs/${f}`], f).toBe(readFileSync(join('src/designs', f), 'utf8'));
    expect(Object.keys(data.files).filter((k) => k.startsWith('scenarios/')).length).toBeGreaterThanOrEqual(10);
    expect(data.designs.map((d) => d.id)).toContain('us-japan-acm-2015');
    // Nothing the page would load: no src= or href= pointing anywhere.
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
  });
});
