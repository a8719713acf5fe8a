import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderLab } from '../lab/renderLab.js';
import { runStudy } from '../sweep/runStudy.js';

const CHROMIUM = '/usr/bin/chromium';
const SCENARIO = 'scenarios/korea/escalation.yaml';
const DESIGNS = ['us-rok-cfc-1994', 'us-rok-2007-plan'] as const;

/**
 * (f) The browser lab's comparison speed as a ratio of the CLI's on this machine: the same two
 * designs, runs and seeds, the same number of workers (the page uses up to four Web Workers, the
 * CLI its worker threads), wall time from the click to the summary against `runStudy`. Returns
 * undefined when Debian's Chromium is not installed (the page cannot be measured).
 */
export async function labRunsPerSecondRatio(runs: number, now: () => number): Promise<{ ratio: number; page: number; cli: number; workers: number } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import('playwright-core');
  const workers = Math.min(4, availableParallelism());
  const plan = { kind: 'compare' as const, scenario: SCENARIO, designs: [...DESIGNS], points: [{}], runs, rootSeed: '1', where: 'bench', metrics: [] };
  await runStudy({ ...plan, runs: Math.min(runs, 50) }, { workers, resume: false, version: 'bench' });
  const t0 = now();
  await runStudy(plan, { workers, resume: false, version: 'bench' });
  const cli = (DESIGNS.length * runs) / ((now() - t0) / 1000);

  const dir = mkdtempSync(join(tmpdir(), 'opcon-lab-bench-'));
  const file = join(dir, 'lab.html');
  writeFileSync(file, renderLab('bench'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-lab-ready="true"]');
    await page.selectOption('#lab-scenario', SCENARIO);
    for (const id of DESIGNS) await page.check(`#lab-compare-designs input[value="${id}"]`);
    await page.fill('#lab-seed', '1');
    const measure = async (n: number) => {
      await page.fill('#lab-runs', String(n));
      await page.$eval('#lab-last-csv', (t) => void ((t as unknown as { value: string }).value = ''));
      const start = now();
      await page.click('#lab-compare');
      await page.waitForFunction(() => (globalThis as unknown as { document: { getElementById(id: string): { value: string } } }).document.getElementById('lab-last-csv').value !== '', undefined, { timeout: 600_000 });
      return (DESIGNS.length * n) / ((now() - start) / 1000);
    };
    await measure(Math.min(runs, 50)); // warm the page's JIT as the CLI's was warmed
    const pageRate = await measure(runs);
    return { ratio: pageRate / cli, page: pageRate, cli, workers };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
