import { defineConfig, devices } from '@playwright/test';

// scripts/run-e2e.mjs sets CHROMIUM_PATH when Playwright's own browser is absent (Debian's Chromium).
const executablePath = process.env.CHROMIUM_PATH || undefined;
import { KB_PORT as SUB_PORT, ROOT_PORT } from './scripts/e2e-ports.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  // A test that fails once fails the run: no retries, and a flaky pass counts as a failure. Fix
  // flakiness at its cause (a missing wait, a shared port), never by running the test again.
  retries: 0,
  failOnFlakyTests: true,
  // Two workers for the two cores (more are slower there, and flaky). Tests of one file may run on
  // either worker, so a long file does not leave the other worker idle at the end; the dev-server
  // files keep theirs together (describe mode 'serial').
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  use: {
    // Recording a trace for every test costs about a fifth of the suite's time. To keep one for a
    // failing test, run it again with `npm run test:e2e -- <file> --trace retain-on-failure`.
    trace: 'off',
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The site built for `/`, served by a small Node server.
    { name: 'root', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: '**/deploy/**' },
    // The site built for `/kb/`, served by nginx with deploy/nginx.conf (headers, CSP, caching).
    {
      name: 'nginx',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUB_PORT}/kb/` },
      testMatch: '**/deploy/**/*.spec.ts',
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${ROOT_PORT}/`,
    timeout: 600_000,
    // Never test whatever happens to be listening on the port: it may be an older build. To test
    // the last build again without rebuilding, say so with E2E_SKIP_BUILD=1 (scripts/e2e-server.mjs).
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
