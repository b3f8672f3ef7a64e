// Finds a Chromium for Playwright: its own download when present, else the system's (Debian's
// packages), else explains how to get one. Used by scripts/run-e2e.mjs and bench/browser.ts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Debian's headless shell (package chromium-headless-shell) is the same Chromium without the
 * desktop browser around it, as Playwright's own headless runs use. The end-to-end suite takes
 * half the processor time in it that it takes in the full browser (584 against 1,123
 * worker-seconds on two cores), so the tests prefer it.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * @param {{ headlessShell?: boolean }} [options] headlessShell: the tests' choice, Debian's headless
 *   shell first. The benchmark leaves it out: it times what a member's full browser does.
 * @returns {string | undefined | null} an executable path; undefined when Playwright's own browser
 *   should be used; null when there is none
 */
export function findBrowser({ headlessShell = false } = {}) {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH does not exist: ${process.env.CHROMIUM_PATH}`);
    return process.env.CHROMIUM_PATH;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here; fall through to the system's.
  }
  const candidates = headlessShell ? [HEADLESS_SHELL, ...SYSTEM_CANDIDATES] : SYSTEM_CANDIDATES;
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const HOW_TO_GET_A_BROWSER = [
  '未找到可用的 Chromium 浏览器 / no Chromium browser found for the end-to-end tests.',
  'Install one of these, then run `npm test` again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell chromium',
  '  or Playwright:  npx playwright install chromium',
  '  or point to an existing one:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');
