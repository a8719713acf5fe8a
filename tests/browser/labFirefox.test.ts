import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { renderLab } from '../../src/lab/renderLab.js';
import { opcon } from '../helpers/cli.js';
import { ARTIFACTS } from './browser.js';
import { launchFirefox, skipFirefox } from './firefox.js';

/** The browser lab in Debian's Firefox ESR (WebDriver BiDi via puppeteer-core), as labChromium checks it. */

describe.skipIf(skipFirefox)('the browser lab in Firefox', () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, page, close } = await launchFirefox(problems, { width: 1280, height: 720 }));
    const file = join(ARTIFACTS, 'lab-firefox.html');
    writeFileSync(file, renderLab(VERSION));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-lab-ready="true"]');
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  const value = (id: string) => page.$eval(`#${id}`, (t) => (t as HTMLTextAreaElement).value);

  it('runs with a changed parameter and compares, to the CLI bytes', async () => {
    await page.select('#lab-scenario', 'scenarios/japan/gray-zone-to-armed-attack.yaml');
    await page.select('#lab-design', 'us-japan-recommended');
    await page.waitForSelector('#param-feo-count');
    await page.$eval('#param-feo-count', (el) => {
      (el as HTMLInputElement).value = '10';
      el.dispatchEvent(new Event('change'));
    });
    await page.$eval('#lab-seed', (el) => ((el as HTMLInputElement).value = '5'));
    await page.click('#lab-run');
    await page.waitForFunction(() => (document.getElementById('lab-last-jsonl') as HTMLTextAreaElement).value !== '', { timeout: 60_000 });
    const cli = opcon(['run', 'scenarios/japan/gray-zone-to-armed-attack.yaml', '--design', 'us-japan-recommended', '--seed', '5', '--set', 'feo-count=10', '--format', 'jsonl']);
    expect(await value('lab-last-jsonl')).toBe(cli.stdout);

    for (const id of ['us-japan-recommended', 'us-japan-integrated']) await page.click(`#lab-compare-designs input[value="${id}"]`);
    await page.$eval('#lab-runs', (el) => ((el as HTMLInputElement).value = '8'));
    await page.click('#lab-compare');
    await page.waitForFunction(() => (document.getElementById('lab-last-csv') as HTMLTextAreaElement).value !== '', { timeout: 120_000 });
    // The chosen design carries its edited parameter into the comparison; the CLI says it with --set.
    expect(await page.$eval('#lab-compare-out code', (c) => c.textContent)).toContain('--designs us-japan-integrated,us-japan-recommended');
    await page.screenshot({ path: join(ARTIFACTS, 'lab-compare-firefox.png') });
    expect(problems).toEqual([]);
  }, 240_000);
});
