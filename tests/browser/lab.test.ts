import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { renderLab } from '../../src/lab/renderLab.js';
import { opcon } from '../helpers/cli.js';
import { ARTIFACTS, launch, skipBrowser } from './browser.js';

/**
 * The what-if lab in Chromium, opened from disk with no network: a parameter is changed, runs
 * and a comparison are made in Web Workers, and their bytes are checked against the CLI's for
 * the same scenario, design, parameters and seeds.
 */
describe.skipIf(skipBrowser)('the browser lab in Chromium', () => {
  let page: Page;
  let close: () => Promise<void>;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'lab.html');
    writeFileSync(file, renderLab(VERSION));
    const b = await launch();
    close = b.close;
    page = await b.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-lab-ready="true"]');
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  const choose = async (scenario: string, design: string) => {
    await page.selectOption('#lab-scenario', scenario);
    await page.selectOption('#lab-design', design);
    // The panel is rebuilt for the chosen design once a worker has read it.
    await page.waitForFunction((d) => (document.querySelector('#lab-params .hint')?.textContent ?? '').includes(d === '' ? "scenario's own design" : `of ${d}:`), design, { timeout: 60_000 });
  };
  const checkOnly = async (ids: readonly string[]) => {
    for (const box of await page.$$('#lab-compare-designs input')) {
      const id = await box.getAttribute('value');
      if (ids.includes(id ?? '')) await box.check();
      else await box.uncheck();
    }
  };
  const runAndRead = async (seed: string): Promise<string> => {
    await page.fill('#lab-seed', seed);
    await page.$eval('#lab-last-jsonl', (t) => ((t as HTMLTextAreaElement).value = ''));
    await page.click('#lab-run');
    await page.waitForFunction(() => (document.getElementById('lab-last-jsonl') as HTMLTextAreaElement).value !== '', undefined, { timeout: 60_000 });
    return page.$eval('#lab-last-jsonl', (t) => (t as HTMLTextAreaElement).value);
  };

  it('runs a scenario with a changed parameter to the same bytes as opcon run --set', async () => {
    await choose('scenarios/japan/gray-zone-to-armed-attack.yaml', 'us-japan-recommended');
    await page.fill('#param-feo-count', '50');
    await page.dispatchEvent('#param-feo-count', 'change');
    expect(await page.textContent('#lab-sets')).toBe('--set feo-count=50');
    const jsonl = await runAndRead('7');
    const cli = opcon(['run', 'scenarios/japan/gray-zone-to-armed-attack.yaml', '--design', 'us-japan-recommended', '--seed', '7', '--set', 'feo-count=50', '--format', 'jsonl']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(jsonl).toBe(cli.stdout);
    expect(await page.textContent('#lab-status')).toContain('--set feo-count=50');
    await page.waitForSelector('#lab-viewer .viewer');
    await page.screenshot({ path: join(ARTIFACTS, 'lab-run-1280x720.png') });
  }, 120_000);

  it('compares two designs over the same seeds to the summary opcon compare prints', async () => {
    await choose('scenarios/japan/gray-zone-to-armed-attack.yaml', 'us-japan-acm-2015');
    await checkOnly(['us-japan-bcm-1997', 'us-japan-acm-2015']);
    await page.fill('#lab-runs', '12');
    await page.fill('#lab-seed', '3');
    await page.click('#lab-compare');
    await page.waitForFunction(() => (document.getElementById('lab-last-csv') as HTMLTextAreaElement).value !== '', undefined, { timeout: 120_000 });
    const csv = await page.$eval('#lab-last-csv', (t) => (t as HTMLTextAreaElement).value);
    // The page lists designs in its own order (as the command it prints says).
    const cli = opcon(['compare', 'scenarios/japan/gray-zone-to-armed-attack.yaml', '--designs', 'us-japan-acm-2015,us-japan-bcm-1997', '--runs', '12', '--seed', '3', '--format', 'csv', '--no-progress', '--workers', '1']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(csv).toBe(cli.stdout);
    expect(await page.$$eval('#lab-compare-out table tr', (rows) => rows.length)).toBeGreaterThan(5);
    expect(await page.$$eval('#lab-compare-out .plots svg', (s) => s.length)).toBeGreaterThan(3);
    expect(await page.textContent('#lab-compare-out code')).toContain('--designs us-japan-acm-2015,us-japan-bcm-1997 --runs 12 --seed 3');
    // Export: the downloaded summary.csv is the CLI's.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#lab-compare-out button:has-text("summary.csv")')]);
    expect(csvDownload.suggestedFilename()).toBe('summary.csv');
    expect(readFileSync((await csvDownload.path())!, 'utf8')).toBe(cli.stdout);
    await page.screenshot({ path: join(ARTIFACTS, 'lab-compare-1280x720.png') });
  }, 180_000);

  it('shows a broken file as opcon validate does, refuses to run it, and stays usable', async () => {
    await choose('scenarios/korea/escalation.yaml', '');
    await page.click('#lab-edit-scenario');
    const editor = page.locator('#lab-editor .cm-content');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nbogus-key: 1\n');
    await page.waitForFunction(() => /problem/.test(document.getElementById('lab-valid')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await page.hover('.cm-lint-marker-error');
    await page.click('#lab-run');
    await page.waitForFunction(() => document.getElementById('lab-status')?.className === 'error', undefined, { timeout: 30_000 });
    const listed = await page.textContent('#lab-problems');
    expect(listed).toMatch(/scenarios\/korea\/escalation\.yaml:\d+:1: unknown key `bogus-key`/);
    // Export of an edited file: the download holds the edit.
    const [yamlDownload] = await Promise.all([page.waitForEvent('download'), page.click('#lab-edits button:has-text("Download")')]);
    expect(yamlDownload.suggestedFilename()).toBe('escalation.yaml');
    expect(readFileSync((await yamlDownload.path())!, 'utf8')).toContain('bogus-key: 1');
    await page.click('#lab-edits button:has-text("Revert")');
    const jsonl = await runAndRead('11');
    expect(jsonl).toBe(opcon(['run', 'scenarios/korea/escalation.yaml', '--seed', '11', '--format', 'jsonl']).stdout);
  }, 120_000);

  it('cancels a long comparison at once', async () => {
    await checkOnly(['us-rok-cfc-1994', 'us-rok-2007-plan']);
    await page.fill('#lab-runs', '5000');
    await page.click('#lab-compare');
    await page.waitForFunction(() => Number((document.getElementById('lab-progress') as HTMLProgressElement).value) > 0, undefined, { timeout: 60_000 });
    await page.click('#lab-cancel');
    await page.waitForFunction(() => /cancelled/i.test(document.getElementById('lab-status')?.textContent ?? ''));
    const at = await page.$eval('#lab-progress', (p) => (p as HTMLProgressElement).value);
    await page.waitForTimeout(1000);
    expect(await page.$eval('#lab-progress', (p) => (p as HTMLProgressElement).value)).toBe(at);
    expect(await page.isEnabled('#lab-run')).toBe(true);
  }, 120_000);

  it('fetched nothing and logged no errors', () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
