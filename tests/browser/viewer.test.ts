import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { CommandRecord } from '../../src/model/records.js';
import { formatRelative, parseIso } from '../../src/model/time.js';
import { renderHtml } from '../../src/output/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { fixtureResult } from '../unit/output/fixture.js';
import { ARTIFACTS, launch, skipBrowser } from './browser.js';

const MIN = 60_000;
const SCENARIO = 'scenarios/korea/escalation.yaml';

/** Collects console errors and warnings, page errors and dialogs (an injected alert would open one). */
function watch(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog opened (script injection?): ${d.message()}`);
    void d.dismiss();
  });
}

async function open(page: Page, html: string, name: string): Promise<void> {
  const file = join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]');
}

describe.skipIf(skipBrowser)('HTML viewer in Chromium', () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  const problems: string[] = [];
  const result = simulate(loadScenario(SCENARIO));
  const start = result.model.start;
  // The first OPCON transfer of ROK I Corps in this run, whenever the seed puts it.
  const transfer = result.records.find((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-1-corps' && r.relationship === 'opcon')!;
  const transferAt = parseIso(transfer.t)!;

  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    watch(page, problems);
    await open(page, renderHtml(result), 'viewer-korea');
  });
  afterAll(async () => {
    await session?.close();
  });

  const holder = (force: string) => page.getAttribute(`#tree [data-force="${force}"]`, 'data-opcon');
  const scrubTo = (t: number) =>
    page.$eval('#scrubber', (el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, Math.round((t - start) / MIN));

  it('the run transfers ROK I Corps (precondition)', () => {
    expect(transfer).toBeDefined();
    expect(transfer.from).not.toBe(transfer.to);
  });

  it('shows the OPCON holder before and after the transfer when scrubbed', async () => {
    await scrubTo(transferAt - MIN);
    expect(await holder('rok-1-corps')).toBe(transfer.from);
    await scrubTo(transferAt);
    expect(await holder('rok-1-corps')).toBe(transfer.to);
    expect(await page.getAttribute(`#tree [data-hq="${transfer.to}"] [data-force="rok-1-corps"]`, 'data-opcon')).toBe(transfer.to);
    expect(await page.textContent('#narration .current .rel')).toBe(formatRelative(transferAt, start));
    const line = page.locator('#narration .entry.past', { hasText: 'ROK I Corps' }).last();
    expect(Number(await line.getAttribute('data-first-seq'))).toBeLessThanOrEqual(transfer.seq);
    expect(Number(await line.getAttribute('data-seq'))).toBeGreaterThanOrEqual(transfer.seq);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-korea-transfer.png') });
  });

  it('steps between changes with the keyboard arrows', async () => {
    await page.focus('#scrubber');
    // At the transfer's instant; stepping back past its line restores the previous holder.
    const stepsBack = await page.evaluate((seq) => {
      const items = [...document.querySelectorAll('#narration .entry')];
      const current = items.findIndex((n) => n.classList.contains('current'));
      const target = items.findIndex((n) => Number(n.getAttribute('data-seq')) >= seq);
      return current - target + 1;
    }, transfer.seq);
    for (let i = 0; i < stepsBack; i++) await page.keyboard.press('ArrowLeft');
    expect(await holder('rok-1-corps')).toBe(transfer.from);
    await page.keyboard.press('ArrowRight');
    expect(await holder('rok-1-corps')).toBe(transfer.to);
    // Stepping keeps the current line in the narration's own scroll, never scrolling the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Home');
    expect(await page.textContent('#now-rel')).toBe('T+0m');
    expect(await holder('rok-1-corps')).toBe(transfer.from);
  });

  it('raises no console or page errors', async () => {
    await page.click('#next');
    await page.click('#axis-toggle');
    await page.click('#large-type');
    await page.click('#large-type');
    await scrubTo(transferAt);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-korea.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('renders hostile scenario text literally', async () => {
    const hostile = await session.context.newPage();
    const hostileProblems: string[] = [];
    watch(hostile, hostileProblems);
    await open(hostile, renderHtml(fixtureResult({ hostile: true })), 'viewer-hostile');
    expect(await hostile.textContent('h1')).toContain('<script>alert(1)</script>');
    expect(await hostile.$('h1 script')).toBeNull();
    expect(await hostile.$('#narration img')).toBeNull();
    expect(await hostile.textContent('#narration')).toContain('<img src=x onerror=alert(1)>');
    expect(hostileProblems).toEqual([]);
  });
});
