import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS } from './browser.js';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (which talks to the stock
 * browser; playwright would need its own patched Firefox). Skipped only on a developer machine
 * without it; `.ci/run` installs it, so CI always runs the Firefox tests.
 */
export const FIREFOX = '/usr/bin/firefox-esr';
export const skipFirefox = !existsSync(FIREFOX) && !process.env['CI'];
if (skipFirefox) console.warn(`Firefox tests skipped: ${FIREFOX} is missing (apt-get install -y firefox-esr)`);

/** A headless Firefox with a fresh profile and one page whose errors and warnings go to `problems`. */
export async function launchFirefox(problems: string[], viewport = { width: 1600, height: 1000 }): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'opcon-firefox-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // No update checks, telemetry or other background traffic: the machine has no network.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'network.captive-portal-service.enabled': false, 'browser.safebrowsing.update.enabled': false },
  });
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
