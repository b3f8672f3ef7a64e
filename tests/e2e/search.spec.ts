import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function search(page: Page, query: string) {
  await page.goto(`./search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
}

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
const titles = (page: Page) => page.getByRole('list', { name: '搜索结果' }).locator('a[data-result-link]').allInnerTexts();

test.describe('search page', () => {
  test('prefills ?q=, shows linked results with badge, date and a highlighted excerpt', async ({ page }) => {
    await search(page, '三会一课');
    await expect(page.getByRole('searchbox', { name: '搜索学习内容' }).last()).toHaveValue('三会一课');
    await expect(page.getByRole('main').getByRole('status')).toContainText(/找到 \d+ 篇与“三会一课”相关的内容/);
    const first = results(page).first();
    await expect(first.getByRole('link')).toBeVisible();
    await expect(first).toContainText(/理论学习|先进典型|业务培训|学习计划/);
    await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(first.locator('mark').filter({ hasText: '三会一课' }).first()).toBeVisible();
    // The index holds the words spaced apart; titles and excerpts read as written.
    for (const text of [...(await titles(page)), ...(await results(page).locator('article > p:last-child').allInnerTexts())]) {
      expect(text).not.toMatch(/[\u4e00-\u9fff，。、：] [\u4e00-\u9fff，。、：]/u);
    }
  });

  test('updates the address as you type, without reloading', async ({ page }) => {
    await search(page, '党章');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const box = page.locator('#page-search');
    await box.fill('传帮带');
    await expect(page).toHaveURL(/\?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6$/);
    await expect(page.getByRole('main').getByRole('status')).toContainText('“传帮带”');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  test('typing fast shows the results of the last word typed, not of a word on the way', async ({ page }) => {
    await search(page, '党章');
    const box = page.locator('#page-search');
    await box.fill('');
    // One key at a time: the first letters start a search at once, the rest wait for it.
    await box.pressSequentially('12345热线', { delay: 5 });
    await expect(page).toHaveURL(/\?q=12345%E7%83%AD%E7%BA%BF$/);
    await expect(page.getByRole('main').getByRole('status')).toContainText('“12345热线”');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    expect(await titles(page)).toContain('12345热线接诉即办专题培训：把群众诉求办到心坎上');
  });

  for (const [query, expected] of [
    ['党章', '重读党章的三点笔记'],
    ['三会一课', '“一窗受理”背后的支部力量'],
    ['传帮带', '机关“老带新”传帮带结对活动启动'],
    ['李红梅', '把群众的小事当作自己的大事'],
    ['林小雨', '电话那头的“小雨”，稳稳接住群众的急难愁盼'],
    ['市档案馆', '市档案馆党支部开展“清风润档”廉洁主题党日'],
    ['周立明', '重读党章的三点笔记'],
    ['2026年', '2026年12月党员学习计划'],
    ['APP', '用好学习APP，让网络学习融入日常'],
    ['12345热线', '12345热线接诉即办专题培训：把群众诉求办到心坎上'],
    ['OA系统', '从“跑流程”到“管流程”：新版OA系统自学体会'],
    ['接诉即办', '12345热线接诉即办专题培训：把群众诉求办到心坎上'],
  ] as const) {
    test(`finds “${query}”`, async ({ page }) => {
      await search(page, query);
      expect(await titles(page)).toContain(expected);
    });
  }

  test('results that contain the whole query come first', async ({ page }) => {
    await search(page, '周立明');
    await expect(page.getByRole('main').getByRole('status')).toContainText('包含完整的“周立明”，排在前面');
    const texts = await results(page).allInnerTexts();
    const firstPartial = texts.findIndex((t) => !t.includes('周立明'));
    const lastExact = texts.map((t) => t.includes('周立明')).lastIndexOf(true);
    expect(firstPartial === -1 || firstPartial > lastExact).toBe(true);
  });

  test('a quoted Chinese phrase finds only results containing it', async ({ page }) => {
    await search(page, '"三会一课"');
    await expect(page.getByText('只显示包含“三会一课”原文的结果。')).toBeVisible();
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    for (const text of await results(page).allInnerTexts()) expect(text.replace(/\s/g, '')).toContain('三会一课');
  });

  test('a phrase across punctuation still finds its entry', async ({ page }) => {
    await search(page, '党章，党规');
    expect(await titles(page)).toContain('市财政局机关党委中心组集中学习党章党规');
  });

  test('when more results cannot be read, it says so and keeps what is shown and the button', async ({ page }) => {
    await search(page, '学习');
    await expect(results(page)).toHaveCount(10);
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.click();
    await expect(page.locator('[data-search-status]')).toHaveText('更多结果暂时无法读取。如果处于离线状态，请联网后再试。');
    await expect(results(page)).toHaveCount(10);
    await expect(more).toBeVisible();
    await page.unroute('**/pagefind/fragment/**');
    await more.click();
    await expect(results(page)).toHaveCount(20);
  });

  test('filters narrow the results and show counts; sorting by date orders them', async ({ page }) => {
    await search(page, '传帮带');
    const all = await results(page).count();
    const chip = page.getByRole('group', { name: '栏目' }).getByRole('button', { name: /^业务培训 \(\d+\)$/ });
    const n = Number((await chip.innerText()).match(/\((\d+)\)/)![1]);
    await chip.click();
    await expect(page.getByRole('group', { name: '栏目' }).getByRole('button', { name: /^业务培训/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(results(page)).toHaveCount(n);
    expect(n).toBeLessThan(all);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('业务培训');
    await page.getByRole('group', { name: '栏目' }).getByRole('button', { name: /^业务培训/ }).click();
    await expect(results(page)).toHaveCount(all);

    await page.getByLabel('排序').selectOption('date');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    const dates = await results(page).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('clear messages for empty, punctuation-only, very long and unknown queries', async ({ page }) => {
    await page.goto('./search/');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('');
    await page.locator('#page-search').fill('   ');
    await page.locator('#page-search').press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('请输入要查找的词。');
    await search(page, '，。！？……');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('请输入文字或数字：只有标点符号无法查找。');
    await search(page, '学习'.repeat(500));
    await expect(page.getByText('搜索词太长，只按前 100 个字查找。')).toBeVisible();
    await search(page, '量子隧穿');
    await expect(page.getByRole('main').getByRole('status')).toContainText('没有找到与“量子隧穿”相关的内容');
    await expect(results(page)).toHaveCount(0);
  });

  test('markup in the query is shown as text and never runs', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await search(page, hostile);
    await expect(page.getByRole('main').getByRole('status')).toContainText('alert(2)');
    expect(await page.locator('kb-search img, kb-search script:not([src])').count()).toBe(0);
    await expect(page.locator('#page-search')).toHaveValue(hostile);
    expect(dialog).toBe(false);
  });

  test('keyboard: / focuses search anywhere, arrows move through results, Enter opens one', async ({ page }) => {
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type('传帮带');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    await page.locator('#page-search').focus();
    await page.keyboard.press('ArrowDown');
    const links = page.locator('a[data-result-link]');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    const title = await links.nth(0).innerText();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page).toHaveURL(/\?highlight=/);
    await expect(page.locator('mark.kb-mark').filter({ hasText: '传帮带' }).first()).toBeVisible();
  });

  test('article pages load no search code until the reader searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search').fill('党章');
    await page.locator('#site-search').press('Enter');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the search page has no serious accessibility violations', async ({ page }) => {
    await search(page, '传帮带');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
