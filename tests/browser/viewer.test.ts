import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/output/index.js';
import { fixtureResult, START, TRANSFER } from '../unit/output/fixture.js';
import { ARTIFACTS, launch, skipBrowser } from './browser.js';

const MIN = 60_000;

describe.skipIf(skipBrowser)('HTML viewer in Chromium', () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const file = join(ARTIFACTS, 'viewer-fixture.html');
    session = await launch();
    writeFileSync(file, renderHtml(fixtureResult({ hostile: true })));
    page = await session.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog opened (script injection?): ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  const holder = (force: string) => page.getAttribute(`#tree [data-force="${force}"]`, 'data-opcon');
  const scrubTo = (t: number) =>
    page.$eval('#scrubber', (el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, Math.round((t - START) / MIN));

  it('shows the OPCON holder before and after the transfer when scrubbed', async () => {
    await scrubTo(TRANSFER - 10 * MIN);
    expect(await holder('rok-1-corps')).toBe('rok-jcs');
    expect(await page.textContent('#now-rel')).toBe('T+6h2m');
    await scrubTo(TRANSFER);
    expect(await holder('rok-1-corps')).toBe('cfc');
    expect(await page.textContent('[data-level="defcon"] .value')).toBe('DEFCON III');
    expect(await page.getAttribute('[data-body="mcm-body"]', 'data-state')).toBe('active');
    expect(await page.textContent('#narration .current .what')).toContain('OPCON rok-jcs → cfc');
  });

  it('steps between changes with the keyboard arrows', async () => {
    await page.focus('#scrubber');
    await page.keyboard.press('ArrowLeft');
    expect(await holder('rok-1-corps')).toBe('rok-jcs');
    await page.keyboard.press('ArrowRight');
    expect(await holder('rok-1-corps')).toBe('cfc');
    await page.keyboard.press('End');
    expect(await holder('rok-1-corps')).toBe('rok-jcs');
    await page.keyboard.press('Home');
    expect(await page.textContent('#now-rel')).toBe('T+0m');
  });

  it('renders scenario text literally and raises no errors', async () => {
    expect(await page.textContent('h1')).toContain('<script>alert(1)</script>');
    expect(await page.$('h1 script')).toBeNull();
    expect(await page.$('#narration img')).toBeNull();
    await page.click('#next');
    await page.click('#large');
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-fixture.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
