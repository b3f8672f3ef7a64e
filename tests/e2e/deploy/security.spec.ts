import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { PAGE_TYPES } from './pages.ts';
import { searchDone } from '../search-done.ts';

/** An attachment of the sample content. */
const ATTACHMENT = readdirSync('public/attachments').find((name) => !name.startsWith('.'))!;

/** Records CSP violations reported by the browser on every page of the context. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test.describe('served by nginx with deploy/nginx.conf', () => {
  test('sends the security headers and a CSP without unsafe-inline scripts', async ({ request }) => {
    const response = await request.get('./');
    expect(response.status()).toBe(200);
    const h = response.headers();
    const csp = h['content-security-policy']!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/unsafe-eval(?!')|'unsafe-eval'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('same-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cache-control']).toBe('no-cache');
  });

  test('caches hashed assets for a year and compresses text', async ({ page, request }) => {
    await page.goto('./');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const response = await request.get(css!, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-encoding']).toBe('gzip');
  });

  test('caches every part of the search index for a year, and its lists not at all', async ({ request }) => {
    const manifest = (await (await request.get('./offline-manifest.json')).json()) as { searchIndex: string[] };
    const partIndex = manifest.searchIndex.find((p) => /\/pagefind\/part-\d+\/index\//.test(p));
    expect(partIndex).toBeDefined();
    expect((await request.get(partIndex!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('./pagefind/parts.json')).headers()['cache-control']).toBe('no-cache');
  });

  test('answers an unknown address with the site 404 page and status', async ({ request }) => {
    const response = await request.get('./no-such-page/');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('页面不存在');
  });

  test('redirects /kb to /kb/ without repeating the Host header the client sent', async ({ request }) => {
    const response = await request.get('/kb', { maxRedirects: 0, headers: { host: 'evil.example' } });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/kb/');
    const folder = await request.get('./theory', { maxRedirects: 0, headers: { host: 'evil.example' } });
    expect(folder.headers()['location'] ?? '').not.toContain('evil.example');
  });

  test('serves nothing of the web root outside /kb/, and no dotfiles', async ({ request }) => {
    for (const path of ['/outside.txt', '/kb-old/', '/kb-old/index.html', '/kb/.env', '/kb/.git/config', '/kb/.git/']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toMatch(/old site|not part of the site|SECRET|\[core\]/);
    }
  });

  test('a missing search-index file is not cached, so a half-finished deploy does not stick', async ({ request }) => {
    for (const path of ['./pagefind/part-1/index/missing.pf_index', './pagefind/missing.pf_meta', './_astro/missing.css']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
  });

  test('attachments are downloads with nosniff, never rendered or run', async ({ request }) => {
    const response = await request.get('./attachments/' + ATTACHMENT);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect((await request.get('./')).headers()['content-disposition']).toBeUndefined();
  });

  for (const { name, path } of PAGE_TYPES) {
    test(`${name}: no CSP violation and no request to any other host`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      await watchCsp(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (path.includes('search')) await searchDone(page);
      expect(foreign).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  }

  test('search works under the CSP, with its WebAssembly and worker', async ({ page }) => {
    await watchCsp(page);
    await page.goto('./search/?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE');
    await searchDone(page);
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
