// Finds a Chromium for Playwright: its own download when present, else the system's (Debian's
// package at /usr/bin/chromium), else explains how to get one. Used by scripts/run-e2e.mjs and
// playwright.config.ts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** @returns {string | undefined} an executable path, or undefined when Playwright's own browser should be used */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH does not exist: ${process.env.CHROMIUM_PATH}`);
    return process.env.CHROMIUM_PATH;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here; fall through to the system's.
  }
  return SYSTEM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const HOW_TO_GET_A_BROWSER = [
  '未找到可用的 Chromium 浏览器 / no Chromium browser found for the end-to-end tests.',
  'Install one of these, then run `npm test` again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  or Playwright:  npx playwright install chromium',
  '  or point to an existing one:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');
