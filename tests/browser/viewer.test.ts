import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { CommandRecord } from '../../src/model/records.js';
import { formatIso, formatRelative, parseRecordTime } from '../../src/model/time.js';
import { renderHtml } from '../../src/output/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { fixtureResult } from '../unit/output/fixture.js';
import { ARTIFACTS, launch, skipBrowser } from './browser.js';
import { PROJECTION_CHECK, SIZES } from './projection.js';

const MIN = 60_000;

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

function writePage(html: string, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

const scrubTo = (page: Page, start: number, t: number) =>
  page.$eval(
    '#scrubber',
    (el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    Math.round((t - start) / MIN),
  );

describe.skipIf(skipBrowser)('HTML viewer in Chromium', () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  const problems: string[] = [];
  const korea = simulate(loadScenario('scenarios/korea/escalation.yaml'));
  const history = simulate(loadScenario('scenarios/history/korea-opcon-1950-2026.yaml'));
  const start = korea.model.start;
  // The first OPCON transfer of ROK I Corps in this run, whenever the seed puts it.
  const transfer = korea.records.find((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-1-corps' && r.relationship === 'opcon')!;
  const transferAt = parseRecordTime(transfer.t);
  const koreaUrl = writePage(renderHtml(korea), 'viewer-korea');
  const historyUrl = writePage(renderHtml(history), 'viewer-history');

  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    watch(page, problems);
    await open(page, koreaUrl);
  });
  afterAll(async () => {
    await session?.close();
  });

  const holder = (force: string) => page.getAttribute(`#tree [data-force="${force}"]`, 'data-opcon');

  it('the run transfers ROK I Corps (precondition)', () => {
    expect(transfer).toBeDefined();
    expect(transfer.from).not.toBe(transfer.to);
  });

  it('shows the OPCON holder before and after the transfer when scrubbed, and a status line of that instant', async () => {
    await scrubTo(page, start, transferAt - MIN);
    expect(await holder('rok-1-corps')).toBe(transfer.from);
    expect(await page.textContent('#status')).toMatch(new RegExp(`^${formatRelative(transferAt - MIN, start).replace('+', '\\+')}: `));
    await scrubTo(page, start, transferAt);
    expect(await holder('rok-1-corps')).toBe(transfer.to);
    expect(await page.getAttribute(`#tree [data-hq="${transfer.to}"] [data-force="rok-1-corps"]`, 'data-opcon')).toBe(transfer.to);
    expect(await page.textContent('#narration .current .rel')).toBe(formatRelative(transferAt, start));
    const seqs = await page.$eval('#narration .current', (n) => [Number(n.getAttribute('data-first-seq')), Number(n.getAttribute('data-seq'))]);
    expect(seqs[1]).toBeGreaterThanOrEqual(transfer.seq);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-korea-transfer.png') });
  });

  it('narrates in plain sentences with the why, ids only in tooltips', async () => {
    const text = await page.textContent('#narration');
    expect(text).toContain('Why:');
    expect(text).toMatch(/Source: /);
    expect(text).toMatch(/Assumption \(not from a public source\): /);
    expect(text).toContain('OPCON (operational control)');
    expect(text).not.toMatch(/rule\.[a-z-]+:|inactive → transferring|asked of .* \(all\)/);
    expect(await page.textContent('#tree')).not.toContain('rok-1-corps');
  });

  it('steps between changes with the keyboard arrows', async () => {
    await page.focus('#scrubber');
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
    expect(await page.textContent('#now-main')).toBe('T+0m');
    expect(await holder('rok-1-corps')).toBe(transfer.from);
  });

  it('jumps to the next change of a force and the next step of a kind', async () => {
    await page.keyboard.press('Home');
    await page.click('#rows .row[data-force="rok-1-corps"] .force-name');
    expect(await page.textContent('#next-force')).toBe('Next change of ROK I Corps');
    await page.click('#next-force');
    expect(await holder('rok-1-corps')).toBe(transfer.to);
    expect(await page.textContent('#now-main')).toBe(formatRelative(transferAt, start));
    // From the first step whose kind comes again later.
    const from = await page.$$eval('#narration .entry', (ns) => ns.findIndex((n, i) => ns.slice(i + 1).some((m) => m.getAttribute('data-kind') === n.getAttribute('data-kind') && n.getAttribute('data-kind') !== 'intro')));
    await page.click(`#narration .entry[data-step="${from}"]`);
    const kind = await page.getAttribute('#narration .current', 'data-kind');
    const before = Number(await page.getAttribute('body', 'data-step'));
    expect(before).toBe(from);
    await page.click('#next-kind');
    const after = Number(await page.getAttribute('body', 'data-step'));
    expect(after).toBeGreaterThan(before);
    expect(await page.getAttribute('#narration .current', 'data-kind')).toBe(kind);
  });

  it('opens at the step a URL fragment names, and keeps the fragment in step', async () => {
    const linked = await session.context.newPage();
    watch(linked, problems);
    await open(linked, `${koreaUrl}#step=12`);
    expect(await linked.getAttribute('body', 'data-step')).toBe('11');
    expect(await linked.textContent('#now-step')).toMatch(/^step 12 of /);
    await linked.keyboard.press('ArrowRight');
    await linked.waitForFunction(() => location.hash === '#step=13');
    await linked.close();
  });

  it('says which nation commands a combined command and which deputises; shows only the levels used', async () => {
    expect(await page.textContent('[data-hq-head="cfc"] .flag')).toBe('US commands, ROK deputy');
    expect(await page.$('[data-level="situation"]')).toBeNull();
    expect(await page.$('[data-level="defcon"]')).not.toBeNull();
  });

  it('projects at 1024x768, 1280x720 and 1920x1080 in normal and large type', async () => {
    await scrubTo(page, start, transferAt);
    for (const size of SIZES) {
      for (const large of [false, true]) {
        await page.setViewportSize(size);
        if (large !== (await page.evaluate(() => document.documentElement.classList.contains('large')))) await page.keyboard.press('l');
        await page.waitForTimeout(50);
        const name = `viewer-korea-${size.width}x${size.height}${large ? '-large' : ''}`;
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
        expect({ name, problems: await page.evaluate(PROJECTION_CHECK) }).toEqual({ name, problems: [] });
      }
    }
    // The other layout (narration below) passes the same checks at the smallest size.
    await page.setViewportSize(SIZES[0]);
    await page.keyboard.press('v');
    await page.waitForTimeout(50);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-korea-1024x768-large-narration-below.png') });
    expect(await page.evaluate(PROJECTION_CHECK)).toEqual([]);
    await page.keyboard.press('v');
    await page.keyboard.press('l');
    await page.setViewportSize({ width: 1600, height: 1000 });
  });

  it('raises no console or page errors', async () => {
    await page.click('#next');
    await page.click('#axis-toggle');
    await page.click('#layout-toggle');
    await page.click('#large-type');
    await page.click('#large-type');
    await page.click('#layout-toggle');
    // Dragging the slider across the run (hundreds of input events) must not trip the
    // browser's throttling of address changes, which warns in the console.
    await page.$eval('#scrubber', (el) => {
      const input = el as HTMLInputElement;
      for (let v = 0; v <= Number(input.max); v += Math.ceil(Number(input.max) / 300)) {
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.waitForTimeout(300);
    await scrubTo(page, start, transferAt);
    expect(problems).toEqual([]);
  });

  it('shows a 76-year history in dates, with the 20-day move of 1983 visible and explained', async () => {
    const h = await session.context.newPage();
    const hp: string[] = [];
    watch(h, hp);
    await h.setViewportSize({ width: 1280, height: 720 });
    await open(h, historyUrl);
    const ticks = await h.$$eval('#axis .tick', (ns) => ns.map((n) => n.textContent));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(t).toMatch(/^\d{4}$/);
    expect(await h.textContent('#now-main')).toBe(`${formatIso(history.model.start).slice(0, 10)} ${formatIso(history.model.start).slice(11, 16)} UTC`);
    // The Special Warfare Command's brief time under CFC in 1983.
    const swc = history.records.filter((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-swc' && r.relationship === 'opcon');
    expect(swc.length).toBeGreaterThanOrEqual(2);
    // The 1950 weeks before UNC took command authority are brief too: pick the 1983 one.
    const brief = h.locator('#rows .row[data-force="rok-swc"] .seg.brief[title*="1983-10-11"]').first();
    const box = (await brief.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(4);
    expect(await brief.getAttribute('title')).toMatch(/1983-10-11 to 1983-10-31/);
    await brief.click();
    expect(await h.textContent('#narration .current')).toMatch(/Special Warfare Command passed from/);
    expect(await h.textContent('#narration .current')).toMatch(/Why: DEFCON III took effect/);
    expect(await h.textContent('#now-main')).toMatch(/^1983-10-11 /);
    await h.screenshot({ path: join(ARTIFACTS, 'viewer-history-1983.png') });
    await h.click('#axis-toggle');
    const even = await h.$$eval('#axis .tick', (ns) => ns.map((n) => n.textContent));
    for (const t of even) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await h.evaluate(PROJECTION_CHECK)).toEqual([]);
    await h.screenshot({ path: join(ARTIFACTS, 'viewer-history-even.png') });
    expect(hp).toEqual([]);
    await h.close();
  });

  it('renders hostile scenario text literally', async () => {
    const hostile = await session.context.newPage();
    const hostileProblems: string[] = [];
    watch(hostile, hostileProblems);
    await open(hostile, writePage(renderHtml(fixtureResult({ hostile: true })), 'viewer-hostile'));
    expect(await hostile.textContent('h1')).toContain('<script>alert(1)</script>');
    expect(await hostile.$('h1 script')).toBeNull();
    expect(await hostile.$('#narration img')).toBeNull();
    expect(await hostile.textContent('#narration')).toContain('<img src=x onerror=alert(1)>');
    expect(hostileProblems).toEqual([]);
  });
});
