// Builds the site twice (scripts/build-pages.ts, then scripts/postbuild.ts), one after the other (the
// builds share Astro's cache folders), at `/` into dist/ and at `/kb/` into dist-kb/, then serves
// dist/ with a small static server and dist-kb/ with a real nginx running deploy/nginx.conf,
// for the Playwright suite.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve-static.mjs';
import { NGINX_BIN, startNginx } from './nginx-server.mjs';

import { KB_PORT, ROOT_PORT } from './e2e-ports.mjs';

/** The two steps of `npm run build`, into `outDir`. */
function build(basePath, outDir, env = {}) {
  for (const [command, args] of [
    [process.execPath, ['scripts/build-pages.ts', '--outDir', outDir, '--silent']],
    [process.execPath, ['scripts/postbuild.ts', '--dist', outDir]],
  ]) {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, BASE_PATH: basePath, ...env } });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (!process.env.E2E_SKIP_BUILD) {
  build('/', 'dist');
  // The /kb/ build splits its search index into parts of 16 pages, as a large archive's would
  // be split into parts of 800, so the deployment tests search across merged parts.
  build('/kb/', 'dist-kb', { XXYD_SEARCH_PAGES_PER_PART: '16' });
}
if (NGINX_BIN) {
  await startNginx({ siteDir: 'dist-kb', port: KB_PORT });
} else if (process.env.CI) {
  console.error('nginx is required for the deployment tests in CI: apt-get install -y nginx');
  process.exit(1);
} else {
  console.warn('nginx not found (apt-get install -y nginx): serving /kb/ with the Node static server instead; header tests will fail');
  await serveStatic('dist-kb', KB_PORT, '/kb/');
}
await serveStatic('dist', ROOT_PORT, '/');
