import { expect, test, type Page } from '@playwright/test';
import { INSTALL_AFTER_QUIET_MS, KEEP_AFTER_QUIET_MS } from '../../../src/lib/offline/keep-search.ts';
import { searchDone } from '../search-done.ts';

/**
 * Waits until the service worker is in charge of the page. It is installed once the reader has been
 * quiet for INSTALL_AFTER_QUIET_MS after the load; the page's clock is moved on by that much.
 * Resolves to the service worker's scope.
 */
async function waitForServiceWorker(page: Page): Promise<string> {
  await page.clock.fastForward(INSTALL_AFTER_QUIET_MS);
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.scope;
  });
}

/** Whether the service worker has kept a complete copy of this build's search index. */
function searchIndexKept(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const keys = await (await caches.open('xxyd-search')).keys();
    return keys.some((request) => /^\/kb\/pagefind-kept\/\.complete-(?!0{16})/.test(new URL(request.url).pathname));
  });
}

/**
 * Waits until the service worker has kept the search index. The page asks for the copy once the
 * reader has been quiet for KEEP_AFTER_QUIET_MS; the page's clock (installed for every test here)
 * is moved on by that much at each look instead of waiting for it.
 */
async function waitForKeptSearchIndex(page: Page) {
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(KEEP_AFTER_QUIET_MS);
        return searchIndexKept(page);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

test.describe('offline reading', () => {
  // Time flows as usual; waitForKeptSearchIndex moves it on.
  test.beforeEach(({ page }) => page.clock.install());

  test("on a first visit the service worker installs once the reader is quiet, not during the reader's first search", async ({
    page,
    context,
  }) => {
    const installs: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === '/kb/sw.js') installs.push(request.url());
    });
    await page.goto('./search/');
    // The clock stands still while the reader searches, so no wait of the page runs out meanwhile.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    await page.locator('#page-search').fill('学习');
    await searchDone(page);
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    await page.clock.fastForward(INSTALL_AFTER_QUIET_MS - 200);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null)).toBeNull();
    expect(installs).toEqual([]);
    // Quiet for long enough: the install begins, and the worker takes charge of the page.
    await page.clock.fastForward(200);
    await expect.poll(() => installs.length).toBeGreaterThan(0);
    await page.clock.resume();
    await waitForServiceWorker(page);
  });

  test('the service worker is scoped to the base path', async ({ page }) => {
    await page.goto('./');
    const scope = await waitForServiceWorker(page);
    expect(new URL(scope).pathname).toBe('/kb/');
  });

  test('a redirect in front of images (a sign-in page) is never kept as the image', async ({ page, context }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    // The images of this page answer with a same-origin 302 to an HTML page, as a sign-in would.
    const redirected = /\/kb\/_astro\/.*\.(webp|avif|png|jpe?g)$/;
    await context.route(redirected, (route) => route.fulfill({ status: 302, headers: { location: '/kb/offline/' } }));
    await page.goto('./exemplars/li-hongmei/');
    await page.waitForLoadState('networkidle');
    await context.unroute(redirected);
    const kept = await page.evaluate(async () => {
      const cache = await caches.open('xxyd-assets');
      return Promise.all(
        (await cache.keys()).map(async (r) => [new URL(r.url).pathname, (await cache.match(r))!.headers.get('content-type') ?? '']),
      );
    });
    expect(kept.filter(([, type]) => type.includes('html'))).toEqual([]);
    // With the redirect gone, the image loads for real.
    await page.reload();
    const portrait = page.getByRole('region', { name: '李红梅简介' }).getByRole('img');
    await expect.poll(() => portrait.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  test('visited pages and the search index keep working offline; unsaved pages say so', async ({ page, context }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await expect(page.locator('h1')).toHaveText('用好学习APP，让网络学习融入日常');
    await waitForKeptSearchIndex(page);

    await context.setOffline(true);
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await expect(page.locator('h1')).toHaveText('用好学习APP，让网络学习融入日常');
    await expect(page.getByRole('button', { name: '增大字号' })).toBeEnabled();

    await page.goto('./exemplars/gao-xiulan/');
    await expect(page.locator('h1')).toHaveText('当前处于离线状态');

    const searchFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind')) searchFiles.push(new URL(request.url()).pathname);
    });
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await searchDone(page);
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    await expect(page.locator('a[data-result-link]').first()).toHaveAttribute('href', /^\/kb\//);
    // The kept copy, across the index's parts (this build writes parts of 16 pages).
    expect(searchFiles.some((p) => p.startsWith('/kb/pagefind-kept/part-'))).toBe(true);
    await context.setOffline(false);
  });

  test("the installed site (the web app manifest's start page) opens offline, with its icon, styles and 我的学习", async ({
    page,
    context,
    request,
  }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(manifestHref!)).json()) as { start_url: string; icons: { src: string }[] };
    const start = new URL(manifest.start_url, new URL(manifestHref!, page.url())).href;
    const icon = new URL(manifest.icons[0]!.src, new URL(manifestHref!, page.url())).href;

    await context.setOffline(true);
    // Opening the app from the home screen loads its start page with no network.
    await page.goto(start);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习园地');
    // The site's styles came with it: the title has the brand colour, not the browser's black.
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).not.toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(async (url) => (await fetch(url)).ok, icon)).toBe(true);
    await page.goto('./progress/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的学习');
    await context.setOffline(false);
  });

  test("an updated site's search index replaces the earlier one in the cache, instead of adding to it", async ({ page }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await waitForKeptSearchIndex(page);
    // As after an update of the site: files of an earlier build, and this build's copy not made yet.
    await page.evaluate(async () => {
      const cache = await caches.open('xxyd-search');
      await cache.put('/kb/pagefind/index/und-x-p0_0000000.pf_index', new Response('old'));
      await cache.put('/kb/pagefind-kept/.complete-0000000000000000', new Response(''));
      for (const request of await cache.keys()) if (/\/pagefind-kept\/\.complete-(?!0{16})/.test(request.url)) await cache.delete(request);
    });
    await page.reload();
    await waitForKeptSearchIndex(page);
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await (await caches.open('xxyd-search')).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.includes('0000000')),
        ),
      )
      .toEqual([]);
    // This build's files stay.
    expect(
      await page.evaluate(async () =>
        (await (await caches.open('xxyd-search')).keys()).some((r) => r.url.endsWith('/kb/pagefind/pagefind.js')),
      ),
    ).toBe(true);
  });

  test("after an update, an earlier build's styles and scripts go from the cache unless a saved page still needs them", async ({
    page,
  }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await waitForKeptSearchIndex(page);
    const assetPaths = () =>
      page.evaluate(async () =>
        (await (await caches.open('xxyd-assets')).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/kb/_astro/')),
      );
    const current = await assetPaths();
    expect(current.length).toBeGreaterThan(0);
    // As after an update of the site: an earlier build's files, one of them still needed by a page
    // saved before the update (through a script it imports), and this build's copy not made yet.
    await page.evaluate(async () => {
      const assets = await caches.open('xxyd-assets');
      await assets.put(
        '/kb/_astro/entry.OLD00001.js',
        new Response('import"./chunk.OLD00002.js"', { headers: { 'content-type': 'text/javascript' } }),
      );
      await assets.put('/kb/_astro/chunk.OLD00002.js', new Response('export{}', { headers: { 'content-type': 'text/javascript' } }));
      await assets.put('/kb/_astro/BaseLayout.OLD00003.css', new Response('body{}', { headers: { 'content-type': 'text/css' } }));
      const pages = await caches.open('xxyd-pages');
      // A page this build still has, saved before the update (a page the build no longer has is dropped).
      await pages.put(
        '/kb/theory/2026-07-wangluo-xuexi/',
        new Response('<!doctype html><script type="module" src="/kb/_astro/entry.OLD00001.js"></script>', {
          headers: { 'content-type': 'text/html' },
        }),
      );
      const search = await caches.open('xxyd-search');
      for (const request of await search.keys()) if (/\/pagefind-kept\/\.complete-/.test(request.url)) await search.delete(request);
    });
    await page.reload();
    await waitForKeptSearchIndex(page);
    await expect.poll(assetPaths).not.toContain('/kb/_astro/BaseLayout.OLD00003.css');
    const savedPages = await page.evaluate(async () =>
      (await (await caches.open('xxyd-pages')).keys()).map((r) => new URL(r.url).pathname),
    );
    expect(savedPages).toContain('/kb/theory/2026-07-wangluo-xuexi/');
    const after = await assetPaths();
    expect(after).toContain('/kb/_astro/entry.OLD00001.js');
    expect(after).toContain('/kb/_astro/chunk.OLD00002.js');
    for (const path of current) expect(after).toContain(path);
  });

  test('a saved page the site no longer has is dropped once the new build is seen', async ({ page }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await waitForKeptSearchIndex(page);
    await page.evaluate(async () => {
      const pages = await caches.open('xxyd-pages');
      await pages.put(
        '/kb/theory/taken-off-the-site/',
        new Response('<!doctype html><h1>旧页面</h1>', { headers: { 'content-type': 'text/html' } }),
      );
      const search = await caches.open('xxyd-search');
      for (const request of await search.keys()) if (/\/pagefind-kept\/\.complete-/.test(request.url)) await search.delete(request);
    });
    await page.reload();
    await waitForKeptSearchIndex(page);
    const saved = () => page.evaluate(async () => (await (await caches.open('xxyd-pages')).keys()).map((r) => new URL(r.url).pathname));
    await expect.poll(saved).not.toContain('/kb/theory/taken-off-the-site/');
    expect(await saved()).toContain('/kb/');
  });

  test('a file the site updates under the same name (the catalogue 我的学习 reads) comes fresh online, from the saved copy offline', async ({
    page,
    context,
  }) => {
    await page.goto('./progress/');
    await waitForServiceWorker(page);
    const catalogue = () =>
      page.evaluate(async () => {
        const response = await fetch('/kb/catalogue.json');
        return (await response.text()).slice(0, 200);
      });
    const current = await catalogue();
    expect(current).not.toContain('earlier build');
    // A copy saved before the site was updated.
    await page.evaluate(async () => {
      const cache = await caches.open('xxyd-assets');
      await cache.put(
        new URL('/kb/catalogue.json', location.origin).href,
        new Response('{"from":"an earlier build"}', { headers: { 'content-type': 'application/json' } }),
      );
    });
    expect(await catalogue()).toBe(current);
    await context.setOffline(true);
    expect(await catalogue()).toBe(current);
    await context.setOffline(false);
  });

  test('online, searches read the index from the network, not through the service worker', async ({ page }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    const searchResponses: { path: string; viaWorker: boolean }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/pagefind'))
        searchResponses.push({ path: new URL(response.url()).pathname, viaWorker: response.fromServiceWorker() });
    });
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await searchDone(page);
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(searchResponses.length).toBeGreaterThan(0);
    expect(searchResponses.filter((r) => r.viaWorker || !r.path.startsWith('/kb/pagefind/'))).toEqual([]);
  });

  test('offline before the search index was kept, search says how to get it', async ({ page, context }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('[data-search-status]')).toHaveText(/当前处于离线状态，本机还没有保存搜索索引。联网后打开本站任意页面/);
    await context.setOffline(false);
  });

  test('离线保存 on 我的学习 keeps a whole plan readable offline, pages never visited included', async ({ page, context }) => {
    await page.goto('./progress/');
    await waitForServiceWorker(page);
    const save = page.getByRole('region', { name: '离线保存' });
    await save.getByLabel('选择学习计划').selectOption({ label: '2026年第四季度青年干部学习计划' });
    await save.getByRole('button', { name: '离线保存本计划' }).click();
    await expect(save.getByRole('status')).toHaveText(/已保存本计划的内容（\d+ 个页面），离线时也可以阅读。/, { timeout: 30_000 });
    // The search index is kept with the plan, without waiting for the reader to be idle.
    expect(await searchIndexKept(page)).toBe(true);

    await context.setOffline(true);
    // An item of the plan this browser has not opened before, with its styles.
    await page.goto('./exemplars/zhou-min/');
    await expect(page.locator('h1')).not.toHaveText('当前处于离线状态');
    await expect(page.getByRole('button', { name: '标记为已读' })).toBeVisible();
    await page.goto('./plans/2026-q4-jidu-xuexi-jihua/');
    await expect(page.getByRole('region', { name: '我的完成情况' })).toBeVisible();
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    // Not in the plan: not saved.
    await page.goto('./exemplars/gao-xiulan/');
    await expect(page.locator('h1')).toHaveText('当前处于离线状态');
    await context.setOffline(false);
  });
});
