import { expect, test } from '@playwright/test';
import { searchDone } from '../search-done.ts';

// Runs against the copy built with BASE_PATH=/kb/ (see scripts/e2e-server.mjs).
test.describe('under a base path', () => {
  test('every link on the home page stays under /kb/', async ({ page }) => {
    await page.goto('./');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((h) => !h.startsWith('/kb/'))).toEqual([]);
    const assets = await page
      .locator('link[href], script[src], img[src]')
      .evaluateAll((els) => els.map((e) => new URL((e as HTMLLinkElement).href || (e as HTMLScriptElement).src, location.href).pathname));
    expect(assets.filter((h) => !h.startsWith('/kb/'))).toEqual([]);
  });

  test('navigation, filters, detail pages and Markdown links work', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '先进典型' }).click();
    await expect(page).toHaveURL(/\/kb\/exemplars\/$/);
    await page.getByRole('link', { name: '把群众的小事当作自己的大事' }).click();
    await expect(page).toHaveURL(/\/kb\/exemplars\/li-hongmei\/$/);
    await expect(page.getByRole('region', { name: '李红梅简介' }).getByRole('img')).toHaveJSProperty('complete', true);
    const naturalWidth = await page
      .getByRole('region', { name: '李红梅简介' })
      .getByRole('img')
      .evaluate((i) => (i as HTMLImageElement).naturalWidth);
    expect(naturalWidth).toBeGreaterThan(0);
    await page.locator('.kb-prose').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/kb\/exemplars\/zhengwu-zhongxin-zonghe-chuangkou-dangzhibu\/$/);
    await page.getByRole('list', { name: '标签' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/kb\/tags\/[a-z-]+\/$/);
  });

  test('Markdown links written as files (./x.md, ../collection/x.md#part) and as site paths lead to pages under /kb/', async ({
    page,
    request,
  }) => {
    await page.goto('./theory/2026-11-dangxiaozu-chuanbangdai/');
    const links = page.locator('.kb-prose a[href]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/kb/theory/2026-07-wangluo-xuexi/',
        '/kb/theory/2026-06-zhouliming-dangzhang-biji/',
        '/kb/training/2026-10-laodaixin-jiaoliu/#top',
      ]),
    );
    expect(hrefs.filter((h) => h.includes('.md'))).toEqual([]);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
    await links.filter({ hasText: '周黎明的党章学习笔记' }).click();
    await expect(page).toHaveURL(/\/kb\/theory\/2026-06-zhouliming-dangzhang-biji\/$/);
  });

  test('the search box submits under the base path and the font size still works', async ({ page }) => {
    await page.goto('./theory/');
    await page.getByRole('button', { name: '增大字号' }).click();
    await expect(page.getByRole('group', { name: '字号' })).toContainText('113%');
    await page.getByRole('searchbox', { name: '搜索学习内容' }).first().fill('传帮带');
    await page.getByRole('button', { name: '搜索', exact: true }).first().click();
    await expect(page).toHaveURL(/\/kb\/search\/\?q=/);
  });
});

test.describe('search under a base path', () => {
  test('finds entries and links to them under /kb/', async ({ page }) => {
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await searchDone(page);
    const links = page.locator('a[data-result-link]');
    expect(await links.count()).toBeGreaterThan(3);
    const paths = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths.filter((p) => !p.startsWith('/kb/'))).toEqual([]);
    await links.first().click();
    await expect(page).toHaveURL(/\/kb\/(theory|exemplars|training|plans)\/[a-z0-9-]+\/\?highlight=/);
    await expect(page.locator('mark.kb-mark').first()).toBeVisible();
  });
});

// Issue 20: feeds and the web app manifest work under /kb/ behind nginx's CSP.
test.describe('feeds and the installable site under a base path', () => {
  test('the feeds are linked from <head> and the footer, and list entries under /kb/', async ({ page, request }) => {
    await page.goto('./theory/');
    const head = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(head).toBe('/kb/feeds/all.xml');
    const footer = page.locator('body > footer');
    await expect(footer).toContainText('订阅最新内容');
    expect(await footer.getByRole('link', { name: '理论学习' }).getAttribute('href')).toBe('/kb/feeds/theory.xml');
    for (const feed of ['all', 'theory', 'exemplars', 'training', 'plans']) {
      const response = await request.get(`./feeds/${feed}.xml`);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(xml).toMatch(/^<\?xml/);
      const links = [...xml.matchAll(/<item>.*?<link>([^<]*)<\/link>/gs)].map((m) => m[1]);
      expect(links.length).toBeGreaterThan(0);
      // Without SITE_URL: root-relative links under the base path, never localhost.
      expect(links.filter((l) => !l!.startsWith('/kb/'))).toEqual([]);
      expect(xml).not.toContain('localhost');
    }
    const theory = await (await request.get('./feeds/theory.xml')).text();
    expect(theory).not.toContain('/kb/training/');
  });

  test('the web app manifest loads under the CSP, with icons that exist, and the CSP is unchanged', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto('./');
    expect(response!.headers()['content-security-policy']).not.toContain('unsafe-inline');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/kb/manifest.webmanifest');
    const manifestResponse = await request.get('./manifest.webmanifest');
    // Served as a web app manifest, with the security headers of every answer.
    expect(manifestResponse.headers()['content-type']).toContain('application/manifest+json');
    expect(manifestResponse.headers()['x-content-type-options']).toBe('nosniff');
    const manifest = await manifestResponse.json();
    expect(manifest).toMatchObject({ short_name: '学习园地', start_url: './', scope: './', display: 'standalone', lang: 'zh-CN' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const file = await request.get(new URL(icon.src, new URL('manifest.webmanifest', page.url())).href);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()['content-type']).toContain(icon.type.split('+')[0]!);
    }
    // The browser itself reads the manifest without a CSP complaint.
    const cdp = await page.context().newCDPSession(page);
    const { url, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/kb\/manifest\.webmanifest$/);
    expect(manifestErrors).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|manifest/i.test(e))).toEqual([]);
  });
});
