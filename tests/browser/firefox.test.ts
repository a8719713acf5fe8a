import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { CommandRecord } from '../../src/model/records.js';
import { parseRecordTime } from '../../src/model/time.js';
import { renderHtml } from '../../src/output/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { ARTIFACTS } from './browser.js';
import { launchFirefox, skipFirefox } from './firefox.js';
import { PROJECTION_CHECK, SIZES } from './projection.js';

/**
 * The viewer in Firefox (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core,
 * which talks to the stock browser (playwright would need its own patched Firefox). Skipped
 * only on a developer machine without Firefox; `.ci/run` installs it, so CI always runs it.
 */

const MIN = 60_000;

describe.skipIf(skipFirefox)('HTML viewer in Firefox', () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];
  const result = simulate(loadScenario('scenarios/korea/escalation.yaml'));
  const start = result.model.start;
  const transfer = result.records.find((r): r is CommandRecord => r.type === 'command' && r.force === 'rok-1-corps' && r.relationship === 'opcon')!;
  const transferAt = parseRecordTime(transfer.t);

  beforeAll(async () => {
    ({ browser, page, close } = await launchFirefox(problems));
    const file = join(ARTIFACTS, 'viewer-korea-firefox.html');
    writeFileSync(file, renderHtml(result));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]');
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  const holder = () => page.$eval('#tree [data-force="rok-1-corps"]', (el) => el.getAttribute('data-opcon'));
  const scrubTo = (t: number) =>
    page.$eval('#scrubber', (el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, Math.round((t - start) / MIN));

  it('shows the OPCON holder before and after the transfer, with the keyboard too, and no errors', async () => {
    await scrubTo(transferAt - MIN);
    expect(await holder()).toBe(transfer.from);
    await scrubTo(transferAt);
    expect(await holder()).toBe(transfer.to);
    await page.focus('#scrubber');
    await page.keyboard.press('Home');
    expect(await holder()).toBe(transfer.from);
    await page.keyboard.press('End');
    expect(await page.$eval('#now-main', (el) => el.textContent)).not.toBe('T+0m');
    await scrubTo(transferAt);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-korea-firefox.png') });
    expect(problems).toEqual([]);
  }, 60_000);

  it('projects at 1024x768, 1280x720 and 1920x1080 in normal and large type', async () => {
    for (const size of SIZES) {
      for (const large of [false, true]) {
        await page.setViewport(size);
        if (large !== (await page.evaluate(() => document.documentElement.classList.contains('large')))) await page.keyboard.press('l');
        await new Promise((r) => setTimeout(r, 100));
        const name = `viewer-korea-firefox-${size.width}x${size.height}${large ? '-large' : ''}`;
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
        expect({ name, problems: await page.evaluate(PROJECTION_CHECK) }).toEqual({ name, problems: [] });
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
