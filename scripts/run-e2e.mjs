// npm run test:e2e — finds a browser (see find-browser.mjs), then runs Playwright against the built site.
import { spawnSync } from 'node:child_process';
import { findBrowser, HOW_TO_GET_A_BROWSER } from './find-browser.mjs';

const browser = findBrowser({ headlessShell: true });
if (browser === null) {
  console.error(HOW_TO_GET_A_BROWSER);
  process.exit(1);
}
if (browser) console.log(`Using system Chromium: ${browser}`);
const env = { ...process.env, ...(browser ? { CHROMIUM_PATH: browser } : {}) };
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
