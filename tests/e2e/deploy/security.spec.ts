import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

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

  test('redirects /kb to /kb/', async ({ request }) => {
    const response = await request.get('/kb', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toMatch(/\/kb\/$/);
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
      if (path.includes('search')) await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
      expect(foreign).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  }

  test('search works under the CSP, with its WebAssembly and worker', async ({ page }) => {
    await watchCsp(page);
    await page.goto('./search/?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
