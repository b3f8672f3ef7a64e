import { expect, test } from '@playwright/test';
import { blockStorage } from './blocked-storage.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Published entries of a collection in the sample content (drafts are not built). */
function publishedCount(collection: string): number {
  const dir = join(process.cwd(), 'content', collection);
  return readdirSync(dir).filter((f) => /\.mdx?$/.test(f) && !/^draft:\s*true\s*$/m.test(readFileSync(join(dir, f), 'utf8'))).length;
}

test.describe('navigation', () => {
  test('walks the main navigation to every section', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle(/学习园地/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const [label, heading] of [
      ['理论学习', '理论学习'],
      ['先进典型', '先进典型'],
      ['业务培训', '业务培训'],
      ['学习计划', '学习计划'],
      ['我的学习', '我的学习'],
      ['首页', '学习园地'],
    ]) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });

  test('the home page shows the latest of each collection and the current plans', async ({ page }) => {
    await page.goto('./');
    for (const name of ['理论学习', '先进典型', '业务培训', '当前学习计划']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: '2026年第四季度青年干部学习计划' })).toBeVisible();
  });

  test('the header search box is a plain form that goes to /search/?q=', async ({ page }) => {
    await page.goto('./theory/');
    await page.getByRole('searchbox', { name: '搜索学习内容' }).first().fill('三会一课');
    await page.getByRole('searchbox', { name: '搜索学习内容' }).first().press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE$/);
  });

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('./theory/no-such-entry/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await page.getByRole('link', { name: '首页', exact: true }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习园地');
  });
});

test.describe('detail pages', () => {
  test('a theory entry has one h1, a meta line, a table of contents, tags, related and neighbours', async ({ page }) => {
    await page.goto('./theory/2026-03-diaocha-yanjiu-zhuanti-dangke/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('专题党课：把调查研究的功夫下在一线');
    const meta = page.locator('[data-meta-line]');
    await expect(meta).toContainText('2026年3月');
    await expect(meta).toContainText(/约 \d+ 分钟/);
    await expect(meta).toContainText(/学时 [\d.]+/);
    const toc = page.getByRole('navigation', { name: '本文目录' }).first();
    await expect(toc).toBeVisible();
    const firstHeading = toc.getByRole('link').first();
    const target = await firstHeading.getAttribute('href');
    await firstHeading.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(target);
    await expect(page.locator(`[id="${target!.slice(1)}"]`)).toBeInViewport();
    await expect(page.getByRole('list', { name: '标签' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '相关内容' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '较新的一篇和较早的一篇' })).toBeVisible();
    await expect(page.getByText(/最后更新：/)).toBeVisible();
  });

  test('an exemplar page shows the card with an optimised, described portrait', async ({ page }) => {
    await page.goto('./exemplars/li-hongmei/');
    const card = page.getByRole('region', { name: '李红梅简介' });
    await expect(card).toContainText('荣誉称号');
    await expect(card).toContainText('优秀共产党员');
    const img = card.getByRole('img');
    await expect(img).toHaveAttribute('alt', /李红梅/);
    await expect(img).toHaveAttribute('src', /\.webp$/);
    await expect(img).toHaveAttribute('srcset', /240w.*480w/);
    await expect(img).toHaveAttribute('loading', 'lazy');
  });

  test('a training page shows the facts table and downloadable attachments', async ({ page, request }) => {
    await page.goto('./training/2026-09-gongwen-xiezuo/');
    const facts = page.getByRole('table', { name: '培训信息' });
    for (const label of ['时间', '地点', '组织单位', '主讲', '参训人数', '学时']) {
      await expect(facts.getByRole('rowheader', { name: label })).toBeVisible();
    }
    const link = page.getByRole('link', { name: /公文写作要点讲义/ });
    const href = await link.getAttribute('href');
    const file = await request.get(new URL(href!, page.url()).href);
    expect(file.status()).toBe(200);
  });

  test('a plan page groups items into 必学 and 选学 with due dates', async ({ page }) => {
    await page.goto('./plans/2026-12-yuedu-xuexi-jihua/');
    const required = page.getByRole('region', { name: /必学/ });
    const optional = page.getByRole('region', { name: /选学/ });
    await expect(required.getByRole('listitem')).toHaveCount(4);
    await expect(optional.getByRole('listitem')).toHaveCount(2);
    await expect(required.getByRole('listitem').first()).toContainText('完成期限：2026年12月10日');
    await required.getByRole('link', { name: '第一党支部召开党员大会专题学习作风建设' }).click();
    await expect(page.locator('h1')).toHaveText('第一党支部召开党员大会专题学习作风建设');
  });

  test('links written inside Markdown bodies reach their pages', async ({ page }) => {
    await page.goto('./exemplars/li-hongmei/');
    await page.locator('.kb-prose').getByRole('link').first().click();
    await expect(page.locator('h1')).toHaveText('“一窗受理”背后的支部力量');
  });

  test('Chinese and Latin text keep their spaces after HTML compression', async ({ page }) => {
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    const meta = await page.locator('[data-meta-line]').innerText();
    expect(meta).toMatch(/约 \d+ 分钟/);
    expect(meta).toMatch(/学时 [\d.]+/);
  });
});

test.describe('lists, filters and tags', () => {
  test('a long list is paginated and each page has its own address', async ({ page }) => {
    const total = publishedCount('theory');
    expect(total, 'the sample content needs two pages of theory entries').toBeGreaterThan(10);
    expect(total).toBeLessThanOrEqual(20);
    await page.goto('./theory/');
    await expect(page.locator('[data-entry-list] article')).toHaveCount(10);
    const pager = page.getByRole('navigation', { name: '分页' });
    await pager.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/\/theory\/page\/2\/$/);
    await expect(page.locator('[data-entry-list] article')).toHaveCount(total - 10);
    await expect(page.getByRole('navigation', { name: '分页' }).getByText('第 2 页')).toHaveAttribute('aria-current', 'page');
  });

  test('filters by type, tag and year with counts', async ({ page }) => {
    await page.goto('./theory/');
    const filters = page.getByRole('navigation', { name: '筛选' });
    const chip = filters.getByRole('link', { name: /^三会一课 \(\d+\)$/ });
    const count = Number((await chip.innerText()).match(/\((\d+)\)/)![1]);
    await chip.click();
    await expect(page).toHaveURL(/\/theory\/type\/san-hui-yi-ke\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('理论学习：三会一课');
    await expect(page.locator('[data-entry-list] article')).toHaveCount(count);
    await expect(page.getByRole('navigation', { name: '筛选' }).getByRole('link', { name: /^三会一课/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await page
      .getByRole('navigation', { name: '筛选' })
      .getByRole('link', { name: /^传帮带 \(/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('理论学习：#传帮带');
    await page
      .getByRole('navigation', { name: '筛选' })
      .getByRole('link', { name: /^2026年 \(/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('理论学习：2026年');
    await page.getByRole('navigation', { name: '筛选' }).getByRole('link', { name: /^全部/ }).click();
    await expect(page).toHaveURL(/\/theory\/$/);
  });

  test('a tag page lists entries of every collection', async ({ page }) => {
    await page.goto('./tags/');
    await page.getByRole('link', { name: /^#传帮带/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：传帮带');
    const badges = await page.locator('[data-entry-list] article').allInnerTexts();
    for (const label of ['理论学习', '先进典型', '业务培训', '学习计划']) {
      expect(badges.filter((t) => t.includes(label)).length, `an entry of ${label}`).toBeGreaterThan(0);
    }
    await expect(page).toHaveURL(/\/tags\/chuan-bang-dai\/$/);
  });
});

test.describe('reading comfort', () => {
  test('A+ and A− change the text size and the choice is remembered', async ({ page }) => {
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '增大字号' }).click();
    await page.getByRole('button', { name: '增大字号' }).click();
    expect(await size()).toBeGreaterThan(before);
    await expect(page.getByRole('group', { name: '字号' })).toContainText('125%');
    await page.goto('./exemplars/');
    await expect(page.getByRole('group', { name: '字号' })).toContainText('125%');
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole('button', { name: '减小字号' }).click();
    await page.getByRole('button', { name: '减小字号' }).click();
    expect(await size()).toBeCloseTo(before, 1);
  });

  test('dark mode follows the system and can be chosen, remembered across pages', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByLabel('配色').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(bg);
    await page.goto('./theory/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByLabel('配色')).toHaveValue('light');
    await context.close();
  });

  test('print media shows the article alone', async ({ page }) => {
    await page.goto('./theory/2026-03-diaocha-yanjiu-zhuanti-dangke/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('.kb-prose')).toBeVisible();
    for (const name of ['主导航', '本文目录', '较新的一篇和较早的一篇', '当前位置']) {
      await expect(page.getByRole('navigation', { name, includeHidden: true }).first()).toBeHidden();
    }
    await expect(page.locator('header[data-print="hide"]')).toBeHidden();
    await expect(page.locator('footer[data-print="hide"]')).toBeHidden();
    await expect(page.getByRole('heading', { name: '相关内容', includeHidden: true })).toBeHidden();
  });

  test('pages fit a 360-pixel-wide phone without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of [
      './',
      './theory/',
      './theory/2026-03-diaocha-yanjiu-zhuanti-dangke/',
      './training/2026-06-dongling-guanmo/',
      './plans/2026-niandu-xuexi-jihua/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await context.close();
  });

  test('search boxes show their hint whole, on a phone and a desktop, at the largest text size too', async ({ page }) => {
    for (const [path, box] of [
      ['./', '#home-search'],
      ['./search/', '#page-search'],
      ['./theory/', '#site-search'],
    ] as const) {
      await page.goto(path);
      for (const scale of ['1', '1.5']) {
        if (scale !== '1') {
          await page.evaluate((s) => localStorage.setItem('xxyd:font-scale', s), scale);
          await page.reload();
        }
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          const fit = await page.locator(box).evaluate((input: HTMLInputElement) => {
            const style = getComputedStyle(input);
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return { hint: input.placeholder, text: Math.ceil(context.measureText(input.placeholder).width), room: Math.floor(room) };
          });
          expect(
            fit.text,
            `${path} ${box} at ${width} px, scale ${scale}: “${fit.hint}” needs ${fit.text} px of ${fit.room}`,
          ).toBeLessThanOrEqual(fit.room);
        }
      }
      await page.evaluate(() => localStorage.removeItem('xxyd:font-scale'));
    }
  });

  test('still works when storage is blocked', async ({ browser }) => {
    const context = await browser.newContext();
    await blockStorage(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./theory/');
    await page.getByRole('button', { name: '增大字号' }).click();
    await expect(page.getByRole('group', { name: '字号' })).toContainText('113%');
    expect(errors).toEqual([]);
    await context.close();
  });
});
