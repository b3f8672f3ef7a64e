// Builds the site twice, one after the other (the builds share Astro's cache folders), at `/`
// into dist/ and at `/kb/` into dist-kb/, then serves both for the Playwright suite.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve-static.mjs';

function build(basePath, outDir) {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir, '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: basePath },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.E2E_SKIP_BUILD) {
  build('/', 'dist');
  build('/kb/', 'dist-kb');
}
await serveStatic('dist-kb', 4331, '/kb/');
await serveStatic('dist', 4330, '/');
