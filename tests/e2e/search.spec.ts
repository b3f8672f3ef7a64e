import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPageText } from '../../src/lib/search/page-text.ts';
import { normalizeText } from '../../src/lib/search/han-text.ts';
import { searchDone } from './search-done.ts';

async function search(page: Page, query: string) {
  await page.goto(`./search/?q=${encodeURIComponent(query)}`);
  await searchDone(page);
}

/** Types a new query into the search page's box, as a reader does between searches. */
async function searchAgain(page: Page, query: string) {
  await page.locator('#page-search').fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
  await searchDone(page);
}

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
const titles = (page: Page) => page.getByRole('list', { name: '搜索结果' }).locator('a[data-result-link]').allInnerTexts();
const status = (page: Page) => page.getByRole('main').getByRole('status');

/** The count the page states (找到 N 篇…), or 0 when it found nothing. */
async function statedCount(page: Page): Promise<number> {
  const text = await status(page).innerText();
  return Number(/找到 (\d+) 篇/.exec(text)?.[1] ?? 0);
}

/** Every result's address (without ?highlight=), pressing 显示更多结果 until all are shown. */
async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(before);
  }
  return (await page.locator('a[data-result-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).sort();
}

/** The indexed text of every entry page of the root build, by address, as the index build reads it. */
function indexedTexts(): Map<string, string> {
  const dist = join(process.cwd(), 'dist');
  const texts = new Map<string, string>();
  for (const collection of ['theory', 'exemplars', 'training', 'plans']) {
    for (const id of readdirSync(join(dist, collection))) {
      const file = join(dist, collection, id, 'index.html');
      if (!existsSync(file)) continue;
      const read = readPageText(readFileSync(file, 'utf8'), `/${collection}/${id}/`);
      if (read) texts.set(read.page.url, normalizeText(read.text));
    }
  }
  return texts;
}

/** A small deterministic random source, so the sampled queries are the same on every run. */
function seeded(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/**
 * Han substrings sampled from the pages' own text: whole words (as ICU splits them), pieces that
 * cross the boundary between two words, and runs of one to six characters from anywhere.
 */
function sampleQueries(texts: Map<string, string>, count: number): string[] {
  const random = seeded(2026);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const all = [...texts.values()];
  const out = new Set<string>();
  while (out.size < count) {
    const text = all[random(all.length)]!;
    const runs = text.match(/\p{Script=Han}{2,}/gu) ?? [];
    const run = runs[random(runs.length)];
    if (!run) continue;
    const words = [...segmenter.segment(run)].map((s) => s.segment);
    const kind = out.size % 3;
    if (kind === 0) {
      const word = words[random(words.length)]!;
      if ([...word].length >= 2) out.add(word);
    } else if (kind === 1 && words.length >= 2) {
      const at = random(words.length - 1);
      const a = [...words[at]!];
      const b = [...words[at + 1]!];
      out.add(a[a.length - 1]! + b.slice(0, 1 + random(Math.min(2, b.length))).join(''));
    } else {
      const chars = [...run];
      const length = 1 + random(Math.min(6, chars.length));
      const start = random(chars.length - length + 1);
      out.add(chars.slice(start, start + length).join(''));
    }
  }
  return [...out];
}

test.describe('search page', () => {
  test('prefills ?q=, shows linked results with badge, date and a highlighted excerpt', async ({ page }) => {
    await search(page, '三会一课');
    await expect(page.getByRole('searchbox', { name: '搜索学习内容' }).last()).toHaveValue('三会一课');
    await expect(status(page)).toContainText(/找到 \d+ 篇包含“三会一课”的内容/);
    const first = results(page).first();
    await expect(first.getByRole('link')).toBeVisible();
    await expect(first).toContainText(/理论学习|先进典型|业务培训|学习计划/);
    await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(
      first
        .locator('mark')
        .filter({ hasText: /^三会一课$/ })
        .first(),
    ).toBeVisible();
  });

  test('finds exactly the pages whose text contains the query verbatim, with that count', async ({ page }) => {
    test.setTimeout(180_000);
    const texts = indexedTexts();
    expect(texts.size).toBeGreaterThan(30);
    await page.goto('./search/');
    for (const query of sampleQueries(texts, 30)) {
      const expected = [...texts]
        .filter(([, text]) => text.includes(query))
        .map(([url]) => url)
        .sort();
      await searchAgain(page, query);
      expect(await statedCount(page), `count for ${query}`).toBe(expected.length);
      expect(await allResultUrls(page), `pages for ${query}`).toEqual(expected);
    }
  });

  test('a pair no page contains finds nothing, though its first character ends a run in many', async ({ page }) => {
    const texts = indexedTexts();
    const all = [...texts.values()];
    // Characters that close a run of Chinese (before punctuation), each with one that never follows it.
    const closing = [...new Set(all.flatMap((t) => [...t.matchAll(/(\p{Script=Han})[，。；、]/gu)].map((m) => m[1]!)))].slice(0, 40);
    const absent = closing.flatMap((c) => ['学', '的', '党', '工'].map((d) => c + d)).filter((q) => !all.some((t) => t.includes(q)));
    expect(absent.length).toBeGreaterThan(3);
    for (const query of [...absent.slice(0, 3), `${absent[0]}习`]) {
      await search(page, query);
      expect(await statedCount(page), query).toBe(0);
      await expect(results(page)).toHaveCount(0);
    }
  });

  test('new coinages and pieces across word boundaries are found like whole words', async ({ page }) => {
    const texts = indexedTexts();
    await page.goto('./search/');
    for (const query of ['码上评', '链上督办', '智巡台账', '云端微党课', '务技能', '上督']) {
      const expected = [...texts]
        .filter(([, text]) => text.includes(query))
        .map(([url]) => url)
        .sort();
      expect(expected.length, query).toBeGreaterThan(0);
      await searchAgain(page, query);
      expect(await allResultUrls(page), query).toEqual(expected);
    }
    // The page about the term comes first: its title contains it.
    await searchAgain(page, '数智党建');
    expect((await titles(page))[0]).toBe('读懂“数智党建”里的几个新词');
  });

  test('Latin words match as words; AI编程 and AI 编程 find the same; quotes change nothing', async ({ page }) => {
    await search(page, 'AI');
    const ai = await allResultUrls(page);
    expect(ai).toContain('/theory/2026-11-shuzhi-dangjian-xinci/');
    // “OpenAI” contains AI, but not as a word.
    expect(ai).not.toContain('/theory/2026-11-xinxi-anquan-zixue/');
    await searchAgain(page, 'openai');
    expect(await allResultUrls(page)).toEqual(['/theory/2026-11-xinxi-anquan-zixue/']);
    await searchAgain(page, 'AI助手');
    const joined = await allResultUrls(page);
    await searchAgain(page, 'AI 助手');
    expect(await allResultUrls(page)).toEqual(joined);
    expect(joined).toEqual(['/theory/2026-11-shuzhi-dangjian-xinci/']);
    await searchAgain(page, '三会一课');
    const plain = await statedCount(page);
    await search(page, '“三会一课”');
    expect(await statedCount(page)).toBe(plain);
    await search(page, 'ＡＩ');
    expect(await allResultUrls(page)).toEqual(ai);
  });

  test('the count stays the same within a session, over more than one page of results', async ({ page }) => {
    await search(page, '学');
    const first = await statedCount(page);
    expect(first).toBeGreaterThan(10);
    expect(await allResultUrls(page)).toHaveLength(first);
    for (const q of ['学习', '学']) await searchAgain(page, q);
    expect(await statedCount(page)).toBe(first);
  });

  test('excerpts read well: card fields with their names, no ". ", none starts with punctuation', async ({ page }) => {
    await search(page, '荣誉称号');
    const excerpts = await results(page).locator('[data-excerpt]').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(3);
    expect(excerpts.some((e) => /荣誉称号：\S/.test(e))).toBe(true);
    for (const q of ['荣誉称号', '学习', '三会一课', '党章']) {
      await searchAgain(page, q);
      for (const e of await results(page).locator('[data-excerpt]').allInnerTexts()) {
        expect(e).not.toMatch(/^[\p{P}\s]/u);
        expect(e).not.toContain('. ');
        expect(e).toContain(q);
      }
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
    await searchDone(page);
    expect(await titles(page)).toContain('12345热线接诉即办专题培训：把群众诉求办到心坎上');
  });

  test('finds names, places, numbers, Latin words and coinages by the titles readers expect', async ({ page }) => {
    await page.goto('./search/');
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
      await searchAgain(page, query);
      expect(await titles(page), query).toContain(expected);
    }
  });

  test('titles that contain the query come first; ties go to the newer page', async ({ page }) => {
    await search(page, '党章');
    const list = await titles(page);
    const firstWithout = list.findIndex((t) => !t.includes('党章'));
    const lastWith = list.map((t) => t.includes('党章')).lastIndexOf(true);
    expect(firstWithout === -1 || firstWithout > lastWith).toBe(true);
  });

  test('a query across punctuation is its parts, each of which must occur', async ({ page }) => {
    await search(page, '党章，党规');
    expect(await titles(page)).toContain('市财政局机关党委中心组集中学习党章党规');
    await expect(status(page)).toContainText('“党章，党规”');
  });

  test('the index starts loading with the page, and each of its first files is fetched once', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\/pagefind\/(pagefind\.js|parts\.json|pages\.json)$/.test(path)) fetched.push(path);
    });
    await page.goto('./search/?q=党章');
    await searchDone(page);
    // The page's preload links are the requests; the search code's own fetches reuse them.
    expect(fetched.sort()).toEqual(['/pagefind/pagefind.js', '/pagefind/pages.json', '/pagefind/parts.json']);
  });

  test('lists the count and the results at once, then fills in each excerpt as its text arrives', async ({ page }) => {
    await page.goto('./search/');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('#page-search').fill('三会一课');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    await expect(status(page)).toContainText(/找到 \d+ 篇包含“三会一课”的内容/);
    await expect(results(page).first().getByRole('link')).toBeVisible();
    const list = page.locator('[data-search-results]');
    await expect(list).toHaveAttribute('aria-busy', 'true');
    expect(new Set(await results(page).locator('[data-excerpt]').allInnerTexts())).toEqual(new Set(['']));
    // Emptying the box meanwhile leaves nothing busy behind; typing the query again lists it again.
    await page.locator('#page-search').fill('');
    await expect(status(page)).toHaveText('请输入要查找的词。');
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
    await page.locator('#page-search').fill('三会一课');
    await expect(status(page)).toContainText('“三会一课”');
    await expect(list).toHaveAttribute('aria-busy', 'true');
    release();
    await searchDone(page);
    const excerpts = await results(page).locator('[data-excerpt]').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(1);
    for (const e of excerpts) expect(e).toContain('三会一课');

    // Text that cannot be read takes the listed results away again, and the page says why.
    await page.unroute('**/pagefind/fragment/**');
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.locator('#page-search').fill('传帮带');
    await expect(page.locator('[data-search-status]')).toHaveText('搜索结果的内容暂时无法读取。如果处于离线状态，请联网后再试。');
    await expect(results(page)).toHaveCount(0);
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
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
    await expect(page.getByRole('group', { name: '栏目' }).getByRole('button', { name: /^业务培训/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(results(page)).toHaveCount(n);
    expect(n).toBeLessThan(all);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('业务培训');
    await page
      .getByRole('group', { name: '栏目' })
      .getByRole('button', { name: /^业务培训/ })
      .click();
    await expect(results(page)).toHaveCount(all);

    await page.getByLabel('排序').selectOption('date');
    await searchDone(page);
    const dates = await results(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
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
    await expect(page.getByText('搜索词太长，只按前 100 个字、前 8 个词查找。')).toBeVisible();
    await search(page, '量子隧穿');
    await expect(page.getByRole('main').getByRole('status')).toContainText('没有找到包含“量子隧穿”的内容');
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
    await searchDone(page);
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
    await searchDone(page);
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the search page loads the index before the reader types, so the first search does not wait for it', async ({ page }) => {
    const loaded = page.waitForRequest((r) => r.url().endsWith('/pagefind/pages.json'));
    await page.goto('./search/');
    await loaded;
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'idle');
  });
  // Axe on the search results page, in both schemes and at 360 px: tests/e2e/deploy/accessibility.spec.ts.
});

test.describe('search on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the count and the first result come right after the box; filters fold under 筛选与排序', async ({ page }) => {
    await search(page, '支部');
    const box = await page.locator('#page-search').boundingBox();
    const count = await status(page).boundingBox();
    const first = await results(page).first().boundingBox();
    expect(count!.y).toBeGreaterThan(box!.y);
    expect(first!.y).toBeLessThan(740);
    const controls = page.locator('[data-search-controls]');
    await expect(controls).not.toHaveAttribute('open');
    await expect(page.getByRole('group', { name: '栏目' })).toBeHidden();
    await page.getByText('筛选与排序').click();
    await expect(page.getByRole('group', { name: '栏目' })).toBeVisible();
    await page.getByRole('group', { name: '栏目' }).getByRole('button').first().click();
    await expect(page.locator('[data-filter-count]')).toHaveText('（已选 1 项）');
  });

  test('at the largest text the search page has one search box, its own, on the first screen', async ({ page }) => {
    await page.goto('./search/');
    await page.evaluate(() => localStorage.setItem('xxyd:font-scale', '1.5'));
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    const box = await page.locator('#page-search').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(740);
  });

  test('no keyboard hints on a touch screen', async ({ page }) => {
    await page.goto('./search/');
    await expect(page.locator('kbd')).toBeHidden();
  });
});

test.describe('search on a desktop', () => {
  test('filters stay open beside the results, and the / hint shows', async ({ page }) => {
    await search(page, '支部');
    await expect(page.locator('[data-search-controls]')).toHaveAttribute('open');
    await expect(page.getByText('筛选与排序')).toBeHidden();
    await expect(page.locator('kbd')).toBeVisible();
    const filters = await page.getByRole('group', { name: '栏目' }).boundingBox();
    const first = await results(page).first().boundingBox();
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(first!.x);
  });
});
