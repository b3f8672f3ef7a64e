import { expect, test, type Page } from '@playwright/test';

// A member's first week on a desktop PC and a 360 px phone (issue 20): overlap, overflow, labels
// and states are measured in the page, not judged from screenshots.

const LONG_ARTICLE = './theory/2026-03-diaocha-yanjiu-zhuanti-dangke/'; // headings, a block quote
const SHORT_ARTICLE = './theory/2026-11-baomi-zixue-biji/';
const TRAINING = './training/2026-10-laodaixin-jiaoliu/'; // 2 学时
const PLAN = './plans/2026-q4-jidu-xuexi-jihua/';
const PHONE = { width: 360, height: 740 };
const LARGEST_FONT = '1.5';

type Box = { top: number; bottom: number; left: number; right: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function largestFont(page: Page) {
  await page.addInitScript((scale) => localStorage.setItem('xxyd:font-scale', scale), LARGEST_FONT);
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('reading pages', () => {
  test('the sticky 本文目录 never overlaps 相关内容 while scrolling a long article', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(LONG_ARTICLE);
    const toc = page.getByRole('navigation', { name: '本文目录' });
    const related = page.getByRole('heading', { name: '相关内容' }).locator('..');
    await expect(toc).toBeVisible();
    await expect(related).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 250) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const [a, b] = [await toc.boundingBox(), await related.boundingBox()];
      const box = (r: { x: number; y: number; width: number; height: number }) => ({
        top: r.y,
        bottom: r.y + r.height,
        left: r.x,
        right: r.x + r.width,
      });
      expect(overlaps(box(a!), box(b!)), `overlap at scrollY ${y}`).toBe(false);
    }
  });

  test('block quotes: upright text and no second pair of quotation marks', async ({ page }) => {
    await page.goto(LONG_ARTICLE);
    const quote = page.locator('.kb-prose blockquote').first();
    await expect(quote).toBeVisible();
    const style = await quote.evaluate((q) => {
      const p = q.querySelector('p')!;
      return {
        font: getComputedStyle(p).fontStyle,
        before: getComputedStyle(p, '::before').content,
        after: getComputedStyle(p, '::after').content,
      };
    });
    expect(style.font).toBe('normal');
    expect(['none', 'normal']).toContain(style.before);
    expect(['none', 'normal']).toContain(style.after);
  });

  test('a long URL wraps where it stands instead of leaving a spread-out line before it', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(SHORT_ARTICLE);
    const result = await page.evaluate(() => {
      const p = document.createElement('p');
      const text = document.createTextNode('联系方式见通知，材料请发送至');
      const a = document.createElement('a');
      a.href = 'https://intranet.example/notices/2026/11/very-long-path-of-a-notice-about-study-materials.html';
      a.textContent = a.href;
      p.append(text, a, document.createTextNode('。'));
      document.querySelector('.kb-prose')!.prepend(p);
      const range = document.createRange();
      range.selectNodeContents(text);
      const textRects = [...range.getClientRects()];
      const linkRects = [...a.getClientRects()];
      return {
        textLastTop: textRects.at(-1)!.top,
        linkFirstTop: linkRects[0]!.top,
        width: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      };
    });
    expect(Math.abs(result.linkFirstTop - result.textLastTop)).toBeLessThan(4);
    expect(result.width).toBeLessThanOrEqual(result.view);
  });

  test('wide tables, embeds and code do not make a phone page scroll sideways', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(SHORT_ARTICLE);
    await page.evaluate(() => {
      const prose = document.querySelector('.kb-prose')!;
      const table = document.createElement('table');
      const row = table.insertRow();
      for (let i = 0; i < 12; i++) row.insertCell().textContent = `第${i + 1}列内容较长的单元格`;
      const frame = document.createElement('iframe');
      frame.width = '960';
      frame.height = '540';
      frame.title = '视频';
      const pre = document.createElement('pre');
      pre.textContent = 'x'.repeat(300);
      const img = document.createElement('img');
      img.width = 1600;
      img.height = 400;
      img.alt = '宽图';
      prose.append(table, frame, pre, img);
    });
    expect(await scrollsSideways(page)).toBe(false);
  });

  // No sideways scrolling at 360 px and the largest font: every page type in deploy/accessibility.spec.ts;
  // here the entries and pages that list does not open.
  test('no sideways scrolling at 360 px and the largest font on other entries, the plans list and a longer search', async ({ page }) => {
    await largestFont(page);
    await page.setViewportSize(PHONE);
    for (const path of [TRAINING, PLAN, './plans/', './search/?q=党章']) {
      await page.goto(path);
      expect(await scrollsSideways(page), path).toBe(false);
    }
  });

  test('printing in dark mode prints dark text on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(LONG_ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const colour = (el: Element) => getComputedStyle(el).color;
      const article = document.querySelector('article')!;
      return {
        title: colour(article.querySelector('h1')!),
        summary: colour(article.querySelector('header > p')!),
        body: colour(article.querySelector('.kb-prose p')!),
        background: getComputedStyle(document.body).backgroundColor,
        // Links (body, tags, footnotes), quotes and table cells: every colour the article prints in.
        links: [...new Set([...article.querySelectorAll('a')].map(colour))],
        others: [...new Set([...article.querySelectorAll('blockquote, td, th, li, figcaption')].map(colour))],
        linkCount: article.querySelectorAll('a').length,
      };
    });
    expect(colours.linkCount).toBeGreaterThan(0);
    expect({ ...colours, linkCount: 0 }).toEqual({
      title: 'rgb(0, 0, 0)',
      summary: 'rgb(0, 0, 0)',
      body: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
      links: ['rgb(0, 0, 0)'],
      others: colours.others.length ? ['rgb(0, 0, 0)'] : [],
      linkCount: 0,
    });
  });

  test('prev / next say which way they go: 较新的一篇 and 较早的一篇', async ({ page }) => {
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    const nav = page.getByRole('navigation', { name: '较新的一篇和较早的一篇' });
    await expect(nav.locator('a[rel="prev"]')).toContainText('较新的一篇');
    await expect(nav.locator('a[rel="next"]')).toContainText('较早的一篇');
    await expect(nav).not.toContainText('上一篇');
  });

  test('after an entry is read the hint says its 学时 were counted', async ({ page }) => {
    await page.goto(SHORT_ARTICLE);
    const panel = page.locator('kb-entry-progress');
    await expect(panel).toContainText('读完后计入');
    await page.getByRole('button', { name: '标记为已读' }).click();
    await expect(panel).toContainText(/已读完，计入 [\d.]+ 学时/);
    await expect(panel).not.toContainText('读完后计入');
  });
});

test.describe('progress on entry pages', () => {
  test('我参加了: pressed, it reads 已参加 ✓ and looks pressed; undoing asks first', async ({ page }) => {
    await page.goto(TRAINING);
    const panel = page.locator('kb-entry-progress');
    const attend = page.getByRole('button', { name: '我参加了' });
    const before = await attend.evaluate((b) => getComputedStyle(b).backgroundColor);
    await attend.click();
    const attended = page.getByRole('button', { name: '已参加 ✓' });
    await expect(attended).toHaveAttribute('aria-pressed', 'true');
    expect(await attended.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(before);
    await expect(panel).toContainText('已记为参加');
    await expect(panel).not.toContainText('请点“我参加了”');

    // A second click asks; 取消 keeps the attendance.
    await attended.click();
    const dialog = page.getByRole('dialog', { name: '撤销“已参加”？' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(attended).toHaveAttribute('aria-pressed', 'true');
    // Confirmed, it is undone.
    await attended.click();
    await dialog.getByRole('button', { name: '撤销参加' }).click();
    await expect(page.getByRole('button', { name: '我参加了' })).toHaveAttribute('aria-pressed', 'false');
    await expect(panel).toContainText('请点“我参加了”');
  });

  test('a plan shows its completion, not a 标记为已读 button', async ({ page }) => {
    await page.goto(PLAN);
    await expect(page.getByRole('region', { name: '我的完成情况' })).toBeVisible();
    await expect(page.getByRole('button', { name: '标记为已读' })).toHaveCount(0);
  });

  test('正在阅读 lists no pages merely opened, plans or attended trainings', async ({ page }) => {
    await page.goto(SHORT_ARTICLE);
    await page.goto(PLAN);
    await page.goto(TRAINING);
    await page.getByRole('button', { name: '我参加了' }).click();
    await page.goto('./progress/');
    await expect(page.getByRole('region', { name: '正在阅读' })).toContainText('暂无正在阅读的内容');
  });
});

test.describe('我的学习 on a phone', () => {
  for (const scale of ['1', LARGEST_FONT]) {
    test(`the record preview fits a 360 px screen at font scale ${scale}: every column shown, nothing cut`, async ({ page }) => {
      await page.addInitScript((s) => localStorage.setItem('xxyd:font-scale', s), scale);
      await page.setViewportSize(PHONE);
      await page.goto(TRAINING);
      await page.getByRole('button', { name: '我参加了' }).click();
      await page.goto('./progress/');
      const row = page.locator('[data-sheet-rows] tr').first();
      await expect(row).toContainText('传帮带师徒交流会');
      const cells = await row.locator('td').evaluateAll((tds) =>
        tds.map((td) => ({
          label: getComputedStyle(td, '::before').content,
          right: td.getBoundingClientRect().right,
          width: td.getBoundingClientRect().width,
        })),
      );
      const view = await page.evaluate(() => document.documentElement.clientWidth);
      expect(cells.map((c) => c.label)).toEqual(
        ['"序号："', '"标题："', '"栏目："', '"完成日期："', '"学时："'].map((l) => l.replace(/"/g, '"')),
      );
      for (const cell of cells) expect(cell.right).toBeLessThanOrEqual(view);
      // A title gets a whole line, not two characters of one.
      expect(cells[1]!.width).toBeGreaterThan(view / 2);
      expect(await scrollsSideways(page)).toBe(false);
    });
  }

  test('on a wide screen the preview stays a table', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./progress/');
    expect(await page.locator('.kb-print-sheet table').evaluate((t) => getComputedStyle(t).display)).toBe('table');
  });
});

test.describe('header and pages', () => {
  // The header's search hint shows whole on a phone and a desktop: site.spec.ts, 'search boxes show their hint whole'.

  test('on a 360 px home page there is one search box and the header is compact', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('./');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    const header = await page.locator('body > header').boundingBox();
    expect(header!.height).toBeLessThan(200);
  });

  test('at the largest font the navigation stays on one line on a desktop', async ({ page }) => {
    await largestFont(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./theory/');
    const tops = await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  });

  test('the 404 page styles 首页 as a link', async ({ page }) => {
    await page.goto('./no-such-page/');
    const home = page.getByRole('main').getByRole('link', { name: '首页' });
    const look = await home.evaluate((a) => ({
      line: getComputedStyle(a).textDecorationLine,
      colour: getComputedStyle(a).color,
      text: getComputedStyle(a.parentElement!).color,
    }));
    expect(look.line).toContain('underline');
    expect(look.colour).not.toBe(look.text);
  });

  test('without SITE_URL no page has a canonical link to localhost', async ({ page }) => {
    for (const path of ['./', LONG_ARTICLE]) {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      expect(await page.content()).not.toContain('localhost:4321');
    }
  });
});

test.describe('feeds, sitemap and manifest at /', () => {
  test('订阅最新内容: feed links in <head> and the footer; the site-wide feed lists the newest change first', async ({ page, request }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feeds/all.xml');
    await expect(page.locator('body > footer').getByRole('link', { name: '全部栏目' })).toHaveAttribute('href', '/feeds/all.xml');
    const xml = await (await request.get('./feeds/all.xml')).text();
    expect(xml).toContain('<title>学习园地 - 最新内容</title>');
    const dates = [...xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('without SITE_URL there is no sitemap', async ({ request }) => {
    expect((await request.get('./sitemap-index.xml')).status()).toBe(404);
  });
});
