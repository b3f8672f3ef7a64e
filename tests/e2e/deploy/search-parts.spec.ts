import { expect, test, type Page } from '@playwright/test';
import { ROOT_PORT } from '../../../scripts/e2e-ports.mjs';
import { searchDone } from '../search-done.ts';

// The /kb/ build writes its search index in parts of 16 pages (see scripts/e2e-server.mjs), as
// a large archive's index is written in parts of 800; the root build has a single index.
const ROOT_SITE = `http://127.0.0.1:${ROOT_PORT}/`;

async function searchAll(page: Page, url: string, sort: 'relevance' | 'date' = 'relevance') {
  await page.goto(url);
  // The first query loads every part's Pagefind: nine parts here (a real archive has one per 800
  // pages), which on a busy two-core machine can take longer than the default five seconds.
  await searchDone(page, { timeout: 20_000 });
  if (sort === 'date') {
    await page.getByLabel('排序').selectOption('date');
    await searchDone(page);
  }
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const before = await page.locator('a[data-result-link]').count();
    await more.click();
    await expect.poll(() => page.locator('a[data-result-link]').count()).toBeGreaterThan(before);
  }
  return {
    status: (await page.locator('[data-search-status]').innerText()).trim(),
    paths: await page
      .locator('a[data-result-link]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/kb\//, '/'))),
    dates: await page.locator('[data-search-results] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!)),
  };
}

test.describe('a search index in parts', () => {
  test('the build wrote more than one part', async ({ request }) => {
    const parts = (await (await request.get('./pagefind/parts.json')).json()) as { parts: unknown[] };
    expect(parts.parts.length).toBeGreaterThanOrEqual(2);
  });

  test('finds exactly what a single index finds, with the same counts', async ({ page }) => {
    const q = '?q=%E5%85%9A%E5%91%98'; // 党员: in most entries, so in every part
    const parted = await searchAll(page, `./search/${q}`);
    const single = await searchAll(page, `${ROOT_SITE}search/${q}`);
    expect(parted.paths.length).toBeGreaterThan(16);
    expect(parted.status.match(/找到 \d+ 篇/)?.[0]).toBe(single.status.match(/找到 \d+ 篇/)?.[0]);
    expect([...parted.paths].sort()).toEqual([...single.paths].sort());
    await page.goto(`./search/${q}`);
    const chips = page.getByRole('group', { name: '栏目' }).getByRole('button');
    await expect(chips.first()).toBeVisible();
    const partedChips = await chips.allInnerTexts();
    await page.goto(`${ROOT_SITE}search/${q}`);
    await expect(chips.first()).toBeVisible();
    expect(partedChips.sort()).toEqual((await chips.allInnerTexts()).sort());
  });

  test('sorting by date orders results across parts, newest first', async ({ page }) => {
    const { dates } = await searchAll(page, './search/?q=%E5%85%9A%E5%91%98', 'date');
    expect(dates.length).toBeGreaterThan(16);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  for (const cores of [1, 4]) {
    test(`with ${cores} processor core(s), the parts are searched by as many workers, and find the same`, async ({ page }) => {
      await page.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n }), cores);
      const runtimes: string[] = [];
      page.on('request', (r) => {
        const m = /\/pagefind\/(part-\d+\/)?pagefind-worker\.js$/.exec(new URL(r.url()).pathname);
        if (m) runtimes.push(m[1] ?? 'primary');
      });
      const q = '?q=%E5%85%9A%E5%91%98';
      const parted = await searchAll(page, `./search/${q}`);
      const { parts } = (await (await page.request.get('./pagefind/parts.json')).json()) as { parts: unknown[] };
      // One Pagefind (one worker) per group: the primary bundle leads the first, parts the others.
      const leads = ['primary', ...parts.slice(0, Math.min(cores, parts.length + 1) - 1).map((_, i) => `part-${i + 1}/`)];
      expect(runtimes.sort()).toEqual(leads.sort());
      expect(runtimes.length).toBe(Math.min(cores, parts.length + 1));
      const single = await searchAll(page, `${ROOT_SITE}search/${q}`);
      expect(parted.status.match(/找到 \d+ 篇/)?.[0]).toBe(single.status.match(/找到 \d+ 篇/)?.[0]);
      expect([...parted.paths].sort()).toEqual([...single.paths].sort());
      const dated = await searchAll(page, `./search/${q}`, 'date');
      expect(dated.dates).toEqual([...dated.dates].sort().reverse());
    });
  }

  test('an index in parts that cannot be loaded ends in a message, not an endless 正在搜索…', async ({ page }) => {
    await page.clock.install();
    await page.route('**/pagefind-entry.json*', (route) => route.abort());
    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveAttribute('data-state', 'loading');
    await page.clock.fastForward(16_000);
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(status).toHaveText(/搜索暂时不可用/);
  });
});
