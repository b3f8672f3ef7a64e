import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS } from '../build-inputs.ts';

// With SITE_URL set (issue 20): canonical links, absolute feed links and a sitemap, all under
// BASE_PATH. Without it, none of these (tests/e2e/reading.spec.ts, tests/e2e/deploy/base-path.spec.ts).

const root = fileURLToPath(new URL('../../', import.meta.url));
// Vitest puts its own import.meta.env (NODE_ENV, BASE_URL = '/', MODE…) into process.env, where the
// build would take them for the site's: pass the environment an editor's shell would have.
const { NODE_ENV: _n, BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...baseEnv } = process.env;

describe('a build with SITE_URL and BASE_PATH', () => {
  let dir = '';
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xxyd-site-'));
    for (const item of BUILD_INPUTS) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
    const env = { ...baseEnv, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/kb/', SITE_URL: 'https://intranet.example' };
    const result = spawnSync(process.execPath, ['scripts/build-pages.ts', '--silent'], { cwd: dir, encoding: 'utf8', env });
    status = result.status;
    output = result.stdout + result.stderr;
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

  test('builds', () => {
    expect(status, output).toBe(0);
  });

  test('pages carry a canonical link to the real address', () => {
    expect(read('index.html')).toContain('<link rel="canonical" href="https://intranet.example/kb/"');
    expect(read('index.html')).not.toContain('localhost');
  });

  test('the sitemap lists pages at the real address, without the 404 page', () => {
    expect(existsSync(join(dir, 'dist', 'sitemap-index.xml'))).toBe(true);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://intranet.example/kb/</loc>');
    expect(sitemap).toContain('https://intranet.example/kb/theory/');
    expect(sitemap).not.toMatch(/404|localhost/);
  });

  test('feeds link to the real address', () => {
    const feed = read('feeds/all.xml');
    expect(feed).toContain('<link>https://intranet.example/kb/</link>');
    expect(feed).toMatch(/<item><title>[^<]+<\/title><link>https:\/\/intranet\.example\/kb\/[a-z]+\/[^<]+\/<\/link>/);
  });
});
