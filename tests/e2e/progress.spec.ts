import { expect, test, type Page } from '@playwright/test';
import { blockStorage } from './blocked-storage.ts';
import { expectAccessibleInBothSchemes } from './axe.ts';
import { requiredActiveSeconds } from '../../src/lib/progress/auto-read.ts';
import { yearOfRecords } from '../../bench/long-tasks.ts';

/** The reader's day in every test: plans and periods depend on it. */
const TODAY = new Date('2026-11-26T10:00:00+08:00');
const STORAGE_KEY = 'xxyd:progress';

const SHORT_ARTICLE = './theory/2026-11-baomi-zixue-biji/'; // ~660 characters: 30 s of active reading
const LONG_ARTICLE = './theory/2026-03-diaocha-yanjiu-zhuanti-dangke/'; // ~2,400 characters
const TRAINING = './training/2026-10-laodaixin-jiaoliu/'; // 2 学时, held 2026-10-22

const panel = (page: Page) => page.locator('kb-entry-progress');
const readToggle = (page: Page) => page.getByRole('button', { name: /^(标记为已读|取消已读)$/ });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

async function markRead(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
}

/** Makes the page hidden or visible, as switching tabs does. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

/** Active seconds of an entry as last saved. */
const activeSeconds = async (page: Page, key: string): Promise<number> =>
  JSON.parse((await stored(page)) ?? '{}').state?.records?.[key]?.activeSeconds ?? 0;

/** The seconds the note says are still needed before auto 已读. */
async function remainingSeconds(page: Page): Promise<number> {
  const match = /还需阅读约 (\d+) 秒/.exec((await panel(page).textContent()) ?? '');
  expect(match, 'the note says how many seconds are left').not.toBeNull();
  return Number(match![1]);
}

/** Reads actively (a small scroll every second) for this many seconds of the paused clock. */
async function readFor(page: Page, seconds: number) {
  for (let i = 0; i < seconds; i++) {
    await page.mouse.wheel(0, 1);
    await page.clock.runFor(1000);
  }
}

/** Scrolls to the end of the article, as a reader would with the wheel. */
async function scrollToEnd(page: Page) {
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 20_000);
  await expect
    .poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 2))
    .toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test.describe('on an entry page', () => {
  test('标记为已读 is a toggle that survives a reload, and 取消已读 undoes it', async ({ page }) => {
    await page.goto(LONG_ARTICLE);
    await expect(panel(page)).toContainText('在读');
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await readToggle(page).click();
    await expect(readToggle(page)).toHaveText('取消已读');
    await expect(panel(page)).toContainText('已读（2026年11月26日）');

    await page.reload();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(panel(page).locator('[data-badges]')).toHaveText('已读');

    await readToggle(page).click();
    await expect(readToggle(page)).toHaveText('标记为已读');
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('继续阅读 brings the reader back to where they stopped', async ({ page }) => {
    await page.goto(LONG_ARTICLE);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const bar = page.getByRole('progressbar', { name: '阅读进度' });
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(20);
    // The place is saved when the reader leaves the page.
    await page.goto(LONG_ARTICLE);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const resume = page.getByRole('button', { name: /继续阅读（上次读到 \d+%）/ });
    await expect(resume).toBeVisible();
    await resume.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    await expect(resume).toBeHidden();
  });

  test('marks 已读 by itself after reading to the end long enough, and says why not before', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    await page.goto(SHORT_ARTICLE);
    await expect(panel(page)).toContainText('读到文末后会自动记为已读');
    await scrollToEnd(page);
    await page.clock.runFor(1000);
    await expect(panel(page)).toContainText(/已读到文末，还需阅读约 \d+ 秒才会自动记为已读/);
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');

    // Half the time: still not read, and the reader is told how much is left.
    await page.clock.runFor(12_000);
    await expect(panel(page)).toContainText(/还需阅读约 1\d 秒/);
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');

    await page.mouse.wheel(0, 10);
    await page.clock.runFor(25_000);
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(panel(page).getByRole('status')).toHaveText('已自动记为已读');
    expect(JSON.parse((await stored(page))!).state.records['theory/2026-11-baomi-zixue-biji'].status).toBe('read');
  });

  test('auto 已读 comes exactly when 30 % of the reading time has been spent, not a second later', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    await page.goto(SHORT_ARTICLE);
    const required = requiredActiveSeconds(Number(await panel(page).getAttribute('data-chars')));
    expect(required).toBeGreaterThan(20);
    await scrollToEnd(page);
    // Stop the clock, then read the active seconds counted so far from storage.
    await page.clock.pauseAt(TODAY.getTime() + 10_000);
    await setVisibility(page, 'hidden');
    await setVisibility(page, 'visible');
    const spent = await activeSeconds(page, 'theory/2026-11-baomi-zixue-biji');
    await page.clock.runFor(0);
    const remaining = await remainingSeconds(page);
    expect(remaining).toBe(Math.ceil(required - spent));
    expect(remaining).toBeGreaterThan(3);

    // One second short of the threshold: not yet.
    await readFor(page, remaining - 1);
    await expect(panel(page)).toContainText('还需阅读约 1 秒');
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');
    // The threshold reached: marked at once.
    await readFor(page, 1);
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('time in a hidden tab does not count, even right after the reader was active', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    await page.goto(LONG_ARTICLE);
    await scrollToEnd(page);
    await page.clock.pauseAt(TODAY.getTime() + 10_000);
    await readFor(page, 2);
    const before = await remainingSeconds(page);
    // Hidden while the reader is within the idle minute: none of the 40 seconds counts.
    await page.mouse.wheel(0, 5);
    await setVisibility(page, 'hidden');
    await page.clock.runFor(40_000);
    await expect(panel(page)).toContainText(`还需阅读约 ${before} 秒`);
    await setVisibility(page, 'visible');
    // Visible again and reading: the clock runs again.
    await readFor(page, 10);
    await expect(panel(page)).toContainText(`还需阅读约 ${before - 10} 秒`);
  });

  test('time without any input does not count after the idle minute', async ({ page }) => {
    await page.clock.install({ time: TODAY });
    await page.goto(LONG_ARTICLE);
    await scrollToEnd(page);
    // Five minutes away from the keyboard: only the first minute after the last input counts.
    await page.clock.runFor(300_000);
    await expect(panel(page)).toContainText('一分钟内没有操作，已暂停计时');
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'false');
    const seconds = () => activeSeconds(page, 'theory/2026-03-diaocha-yanjiu-zhuanti-dangke');
    await expect.poll(seconds).toBeGreaterThanOrEqual(45);
    expect(await seconds()).toBeLessThanOrEqual(61);

    // Coming back and reading on: the rest of the time counts and the entry is marked.
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 5);
      await page.clock.runFor(5000);
    }
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('an entry changed after it was read shows 有更新 until the reader confirms', async ({ page }) => {
    await page.goto('./');
    await page.evaluate((key) => {
      const record = {
        status: 'read',
        firstOpenedAt: '2026-11-01T01:00:00.000Z',
        lastOpenedAt: '2026-11-01T01:00:00.000Z',
        readAt: '2026-11-01T01:10:00.000Z',
        scroll: 1,
        activeSeconds: 300,
        contentHash: 'sha256-0000000000000000',
        attended: false,
        attendedAt: null,
      };
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 2,
          state: { settings: { name: '', annualTarget: 32 }, records: { 'theory/2026-11-baomi-zixue-biji': record } },
        }),
      );
    }, STORAGE_KEY);
    await page.goto(SHORT_ARTICLE);
    await expect(panel(page).locator('[data-badges]')).toContainText('有更新');
    await expect(panel(page)).toContainText('本文在您读过之后有更新');
    await page.getByRole('button', { name: '确认已读新内容' }).click();
    await expect(panel(page).locator('[data-badges]')).toHaveText('已读');
    await expect(page.getByRole('button', { name: '确认已读新内容' })).toBeHidden();

    await page.goto('./theory/');
    await expect(page.locator('[data-entry-key="theory/2026-11-baomi-zixue-biji"] [data-status-slot]')).toHaveText('已读');
  });

  test('我参加了 on a training page counts its 学时 on 我的学习', async ({ page }) => {
    await page.goto(TRAINING);
    await expect(panel(page)).toContainText('2 学时按培训日期计入您的学时');
    const attend = page.getByRole('button', { name: '我参加了' });
    await attend.click();
    await expect(page.getByRole('button', { name: '已参加 ✓' })).toHaveAttribute('aria-pressed', 'true');
    await expect(panel(page).locator('[data-badges]')).toContainText('已参加');

    await page.goto('./progress/');
    const year = page.locator('[data-cards] li[data-period="year"]');
    await expect(year).toContainText('2 / 32 学时');
    await expect(year).toContainText('参加培训 1 次');
    // Held in October: counted in the quarter, not in November.
    await expect(page.locator('[data-cards] li[data-period="quarter"]')).toContainText('2 学时');
    await expect(page.locator('[data-cards] li[data-period="month"]')).toContainText('0 学时');
    await expect(page.getByRole('region', { name: '已读记录' })).toContainText('传帮带师徒交流会');
  });
});

test.describe('lists and plans', () => {
  test('lists show each entry status and the collection count', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.goto('./theory/');
    await expect(page.locator('[data-entry-key="theory/2026-11-baomi-zixue-biji"] [data-status-slot]')).toHaveText('已读');
    await expect(page.locator('[data-entry-key="theory/2026-10-zhongxinzu-jiceng-dangjian"] [data-status-slot]')).toHaveText('未读');
    await expect(page.locator('[data-collection-count]')).toContainText(/本栏目已读 1 \/ 1\d/);
    await page.goto('./training/');
    await expect(page.locator('[data-collection-count]')).toContainText(/本栏目已参加 0 \/ 10/);
  });

  test('a plan shows completion of required items, overdue items and the next one to read', async ({ page }) => {
    await markRead(page, './theory/2026-08-qingnian-ganbu-dangke/');
    await page.goto('./plans/2026-q4-jidu-xuexi-jihua/');
    const mine = page.getByRole('region', { name: '我的完成情况' });
    await expect(mine).toContainText('必学完成 1 / 5（20%）');
    await expect(mine.getByRole('progressbar')).toHaveAttribute('value', '20');
    // Due 2026-10-31 and 2026-11-15, not done by 2026-11-26.
    await expect(mine).toContainText('已逾期 2 项');
    await expect(mine).toContainText('下一项：公文写作专题讲座');
    const item = page.locator('[data-plan-items] [data-entry-key="theory/2026-08-qingnian-ganbu-dangke"]');
    await expect(item.locator('[data-status-slot]')).toHaveText('已读');
    await expect(page.locator('[data-plan-items] [data-entry-key="training/2026-09-gongwen-xiezuo"] [data-status-slot]')).toContainText(
      '已逾期',
    );

    await page.goto('./plans/');
    const card = page.locator('[data-entry-key="plans/2026-q4-jidu-xuexi-jihua"]');
    await expect(card).toContainText('必学完成 1 / 5');
    await expect(card).toContainText('已逾期 2 项');
    await expect(card).toContainText('下一项：');

    await page.goto('./progress/');
    await expect(page.getByRole('region', { name: '学习计划完成情况' })).toContainText('必学完成 1 / 5');
  });
});

test.describe('我的学习', () => {
  test('shows reading in progress with 继续阅读, read entries by date and a monthly chart with a table', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.goto(LONG_ARTICLE);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    await page.goto('./progress/');
    const reading = page.getByRole('region', { name: '正在阅读' });
    await expect(reading).toContainText('专题党课：把调查研究的功夫下在一线');
    const history = page.getByRole('region', { name: '已读记录' });
    await expect(history.getByRole('heading', { name: '2026年11月' })).toBeVisible();
    await expect(history).toContainText('2026年11月26日');

    const chart = page.getByRole('region', { name: '每月学时' });
    await expect(chart.getByRole('img')).toBeVisible();
    const november = chart.getByRole('row', { name: /^11月/ });
    await expect(november).not.toContainText(/^11月\s*0$/);
    await expect(chart.getByRole('row', { name: /^全年合计/ })).not.toContainText(/合计\s*0$/);

    await reading
      .getByRole('link', { name: /继续阅读/ })
      .first()
      .click();
    await expect(page).toHaveURL(/2026-03-diaocha-yanjiu-zhuanti-dangke\/#continue$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  });

  test('settings: a name for the printed record and a yearly target, with a clear error for bad input', async ({ page }) => {
    await page.goto('./progress/');
    await page.getByLabel('年度目标学时').fill('0');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '学时' })).toBeVisible();
    await page.getByLabel('姓名（打印学习档案时使用）').fill('林晓');
    await page.getByLabel('年度目标学时').fill('40');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByText('设置已保存。')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('年度目标学时')).toHaveValue('40');
    await expect(page.locator('[data-cards] li[data-period="year"]')).toContainText('/ 40 学时');
  });

  test('the printed record is an A4 sheet with the name, the period, the entries and signature lines', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.goto(TRAINING);
    await page.getByRole('button', { name: '我参加了' }).click();
    await page.goto('./progress/');
    await page.getByLabel('姓名（打印学习档案时使用）').fill('林晓');
    await page.getByRole('button', { name: '保存设置' }).click();

    await page.getByLabel('期间').selectOption('2026-11');
    const sheet = page.locator('[data-print-sheet]');
    await expect(sheet).toContainText('统计期间：2026年11月');
    await expect(sheet).toContainText('保密无小事');
    await expect(sheet).not.toContainText('传帮带师徒交流会');
    await page.getByLabel('期间').selectOption('2026');
    await expect(sheet).toContainText('传帮带师徒交流会');
    await expect(sheet.getByRole('row', { name: /合计 2 项/ })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: '个人学习情况表' })).toBeVisible();
    await expect(sheet).toContainText('姓名：林晓');
    for (const line of ['本人签字', '支部书记签字']) await expect(sheet).toContainText(line);
    // Everything else on the page stays off the paper.
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('heading', { name: '学习概况' }),
      page.getByRole('button', { name: '导出 JSON' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
});

test.describe('the printed sheet after a busy year', () => {
  test('is drawn once the page is idle, and at once when printing starts before that', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    // Time stands still: the page never becomes idle by itself.
    await page.clock.pauseAt(new Date(TODAY.getTime() + 60_000));
    await page.goto('./progress/');
    const rows = page.locator('[data-sheet-rows]');
    await expect(page.getByRole('region', { name: '已读记录' })).toContainText('保密无小事');
    await expect(rows).toBeEmpty();
    // Ctrl+P, the browser's menu and the 打印 button all announce printing first.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(rows).toContainText('保密无小事');

    await page.reload();
    await expect(page.getByRole('region', { name: '已读记录' })).toContainText('保密无小事');
    await expect(rows).toBeEmpty();
    await page.clock.runFor(600);
    await expect(rows).toContainText('保密无小事');
  });
});

test.describe('export, import and clearing', () => {
  test('export JSON and CSV, clear with confirmation, then import the backup back', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.goto(TRAINING);
    await page.getByRole('button', { name: '我参加了' }).click();
    await page.goto('./progress/');

    // What an export holds is said before the reader exports it.
    await expect(page.locator('[data-export-contents]')).toContainText('精确到秒');
    await expect(page.locator('[data-export-contents]')).toContainText('姓名');
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 JSON' }).click();
    const json = await jsonDownload;
    expect(json.suggestedFilename()).toBe('xuexi-progress-2026-11-26.json');
    const backup = test.info().outputPath('backup.json');
    await json.saveAs(backup);
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(backup, 'utf8'));
    expect(exported.format).toBe('xuexi-yuandi-progress');
    expect(Object.keys(exported.records)).toEqual(
      expect.arrayContaining(['theory/2026-11-baomi-zixue-biji', 'training/2026-10-laodaixin-jiaoliu']),
    );

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const csv = await (await import('node:fs/promises')).readFile((await (await csvDownload).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF标题,栏目,状态,完成日期,学时\r\n')).toBe(true);
    expect(csv).toContain('已参加,2026-10-22,2');

    await page.evaluate(() => localStorage.setItem('xxyd:font-scale', '1.25'));
    await page.getByRole('button', { name: '清除本机记录' }).click();
    const confirmClear = page.getByRole('dialog', { name: '清除本机记录' });
    await expect(confirmClear).toContainText('离线保存的页面和显示设置');
    await expect(confirmClear).toBeVisible();
    await expect(confirmClear.getByRole('button', { name: '取消' })).toBeFocused();
    await confirmClear.getByRole('button', { name: '确认清除' }).click();
    await expect(page.getByText('已清除本机的学习记录、离线保存的页面和显示设置。')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('xxyd:font-scale'))).toBeNull();
    await expect(page.locator('[data-cards] li[data-period="year"]')).toContainText('0 / 32 学时');

    await page.getByLabel(/导入学习记录/).setInputFiles(backup);
    const confirmImport = page.getByRole('dialog', { name: '确认导入学习记录' });
    await expect(confirmImport).toContainText('新增 2 条记录');
    await confirmImport.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('导入完成：新增 2 条，更新 0 条。')).toBeVisible();
    await expect(page.locator('[data-cards] li[data-period="year"]')).toContainText('2.5 / 32 学时');
    await page.goto(SHORT_ARTICLE);
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('cancelling an import or a clear changes nothing', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.goto('./progress/');
    const before = await stored(page);
    await page.getByRole('button', { name: '清除本机记录' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText('已取消，本机记录没有改动。')).toBeVisible();
    expect(await stored(page)).toBe(before);

    // A valid backup that would add a record, then 取消 in the confirmation.
    const backup = JSON.stringify({
      format: 'xuexi-yuandi-progress',
      version: 2,
      exportedAt: '2026-11-01T00:00:00Z',
      settings: { name: '测试', annualTarget: 40 },
      records: {
        'theory/2026-03-diaocha-yanjiu-zhuanti-dangke': {
          status: 'read',
          firstOpenedAt: null,
          lastOpenedAt: null,
          readAt: '2026-10-01T02:00:00Z',
          scroll: 1,
          activeSeconds: 200,
          contentHash: null,
          attended: false,
          attendedAt: null,
        },
      },
    });
    await page
      .getByLabel(/导入学习记录/)
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const confirmImport = page.getByRole('dialog', { name: '确认导入学习记录' });
    await expect(confirmImport).toContainText('新增 1 条记录');
    await confirmImport.getByRole('button', { name: '取消' }).click();
    await expect(page.getByText('已取消导入，本机记录没有改动。')).toBeVisible();
    expect(await stored(page)).toBe(before);
  });

  const v2 = (extra: string) =>
    `{"format":"xuexi-yuandi-progress","version":2,"exportedAt":"2026-11-01T00:00:00Z","settings":{"name":"","annualTarget":32},${extra}}`;
  // Each case names the refusal that must fire: a file refused for another reason is a failure.
  const hostile: [string, string | Buffer, RegExp][] = [
    ['not ours', JSON.stringify({ hello: 'world' }), /^未导入：这不是学习园地导出的学习记录文件/],
    ['not JSON', '{"format": "xuexi-yuandi-progress", ', /^未导入：文件不是有效的 JSON/],
    ['prototype pollution', v2('"records":{},"__proto__":{"polluted":true}'), /^未导入：文件中含有不允许的字段名“__proto__”/],
    [
      'a constructor key inside a record',
      v2('"records":{"theory/2026-11-baomi-zixue-biji":{"constructor":{"prototype":{}}}}'),
      /^未导入：文件中含有不允许的字段名“(constructor|prototype)”/,
    ],
    [
      'markup in a string',
      JSON.stringify({
        format: 'xuexi-yuandi-progress',
        version: 2,
        exportedAt: '2026-11-01T00:00:00Z',
        settings: { name: '<img src=x onerror=alert(1)>', annualTarget: 32 },
        records: {},
      }),
      /^未导入：文件中含有 < 或 > 字符/,
    ],
    [
      'a wrong type',
      v2('"records":{}').replace('"annualTarget":32', '"annualTarget":"32"'),
      /^未导入：文件内容不符合格式：settings › annualTarget：类型不对，应为数字/,
    ],
    ['over 5 MB', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), /^未导入：文件过大（5\.0 MB）.*5 MB/],
  ];
  for (const [name, content, message] of hostile) {
    test(`a hostile file (${name}) is refused with a clear message and records stay intact`, async ({ page }) => {
      await markRead(page, SHORT_ARTICLE);
      await page.goto('./progress/');
      const before = await stored(page);
      await page.getByLabel(/导入学习记录/).setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
      });
      const alert = page.locator('[data-data-alert]');
      await expect(alert).toHaveText(message);
      await expect(alert).toContainText('本机记录没有任何改动');
      await expect(page.getByRole('dialog')).toBeHidden();
      expect(await stored(page)).toBe(before);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    });
  }
});

test.describe('when storage misbehaves', () => {
  test('corrupted records: a visible note, reading still works, and the data is kept until the reader decides', async ({ page }) => {
    await page.goto('./');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"state":{"records":'), STORAGE_KEY);
    await page.goto(SHORT_ARTICLE);
    await expect(page.getByRole('status', { name: '学习记录保存提示' })).toContainText('学习记录未能保存在本机：本机保存的记录已损坏');
    await readToggle(page).click();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await stored(page)).toBe('{"version":2,"state":{"records":');

    await page.getByRole('link', { name: '到“我的学习”备份或重新开始记录' }).click();
    const repair = page.getByRole('heading', { name: '本机记录无法读取' });
    await expect(repair).toBeVisible();
    const raw = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载无法读取的原始数据' }).click();
    expect((await raw).suggestedFilename()).toMatch(/unreadable\.txt$/);

    await page.getByRole('button', { name: '重新开始记录' }).click();
    await page.getByRole('dialog', { name: '重新开始记录' }).getByRole('button', { name: '重新开始记录' }).click();
    await expect(page.getByText('已重新开始记录。')).toBeVisible();
    await expect(repair).toBeHidden();
    expect(JSON.parse((await stored(page))!).version).toBe(2);
  });

  test('one unreadable record is skipped and the others still load', async ({ page }) => {
    await markRead(page, SHORT_ARTICLE);
    await page.evaluate((key) => {
      const value = JSON.parse(localStorage.getItem(key)!);
      value.state.records['theory/bad-record'] = 'not a record';
      localStorage.setItem(key, JSON.stringify(value));
    }, STORAGE_KEY);
    await page.reload();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status', { name: '学习记录保存提示' })).toContainText('1 条学习记录无法识别');
  });

  test('blocked storage: the note appears and marking read still works on the page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await blockStorage(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(SHORT_ARTICLE);
    await expect(page.getByRole('status', { name: '学习记录保存提示' })).toContainText('学习记录未能保存在本机：浏览器不允许本站保存数据');
    await readToggle(page).click();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await page.goto('./progress/');
    await expect(page.getByRole('heading', { name: '学习概况' })).toBeVisible();
    await expect(page.locator('[data-cards] li[data-period="year"]')).toContainText('/ 32 学时');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a full storage says so and keeps the records in the page', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(SHORT_ARTICLE);
    await readToggle(page).click();
    await expect(readToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status', { name: '学习记录保存提示' })).toContainText('浏览器存储空间已满');
  });
});

test('two tabs stay in step', async ({ context }) => {
  await context.clock.setFixedTime(TODAY);
  const list = await context.newPage();
  const entry = await context.newPage();
  await list.goto('./theory/');
  const slot = list.locator('[data-entry-key="theory/2026-11-baomi-zixue-biji"] [data-status-slot]');
  await expect(slot).toHaveText('未读');
  await entry.goto(SHORT_ARTICLE);
  await entry.getByRole('button', { name: '标记为已读' }).click();
  await expect(slot).toHaveText('已读');
  await expect(list.locator('[data-collection-count]')).toContainText('本栏目已读 1 /');

  // And back: un-marking in the list's tab shows in the entry's tab.
  await list.goto(SHORT_ARTICLE);
  await list.getByRole('button', { name: '取消已读' }).click();
  await expect(entry.getByRole('button', { name: '标记为已读' })).toHaveAttribute('aria-pressed', 'false');
});

test('我的学习 with records, and its confirmation dialog, have no serious axe violations, light and dark', async ({ page }) => {
  test.slow(); // six axe runs over a long page
  await markRead(page, SHORT_ARTICLE);
  await expectAccessibleInBothSchemes(page, 'entry marked read');
  await page.goto(LONG_ARTICLE);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await page.goto('./progress/');
  await expect(page.getByRole('region', { name: '正在阅读' })).toContainText('专题党课');
  await expectAccessibleInBothSchemes(page, '我的学习');
  await page.getByRole('button', { name: '清除本机记录' }).click();
  await expect(page.getByRole('dialog', { name: '清除本机记录' })).toBeVisible();
  await expectAccessibleInBothSchemes(page, '清除本机记录 dialog');
});

test.describe('a full year of records', () => {
  // How long each page's work takes with such a year is measured by `npm run bench` (longest
  // task per page, target 200 ms), not here: a test's timings depend on what else the machine runs.
  test('every kind of page works with a year of records stored, and the year is kept whole', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const catalogue = (await (await request.get('./catalogue.json')).json()) as {
      entries: { key: string; title: string; collection: string }[];
      plans: { key: string }[];
    };
    const keys = new Set([...catalogue.entries, ...catalogue.plans].map((e) => e.key));
    const year = yearOfRecords([...keys]);
    const context = await browser.newContext();
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [STORAGE_KEY, year],
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    for (const path of ['./', './theory/', LONG_ARTICLE, TRAINING, './plans/2026-niandu-xuexi-jihua/', './ledger/', './progress/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // 我的学习, opened last, counts the year: the settings kept, the records listed.
    await expect(page.getByLabel('姓名（打印学习档案时使用）')).toHaveValue('王晓梅');
    // yearOfRecords leaves one record in five being read: the first such theory article is listed.
    const reading = catalogue.entries.find((e, i) => i % 5 === 0 && e.collection === 'theory')!;
    await expect(page.getByRole('region', { name: '正在阅读' }).locator(`[data-entry-key="${reading.key}"]`)).toContainText(reading.title);
    // A busy month lists 20 entries, and the rest when asked, with focus on the first of them.
    const busy = page
      .locator('[data-history] section')
      .filter({ has: page.getByRole('button', { name: /^显示本月其余 \d+ 篇$/ }) })
      .first();
    const month = page.locator(`[aria-labelledby="${await busy.getAttribute('aria-labelledby')}"]`);
    const more = month.getByRole('button');
    const rest = Number(/(\d+)/.exec((await more.textContent()) ?? '')![1]);
    await expect(month.getByRole('listitem')).toHaveCount(20);
    await more.click();
    await expect(month.getByRole('listitem')).toHaveCount(20 + rest);
    await expect(month.getByRole('listitem').nth(20)).toBeFocused();
    await expect(month.getByRole('button')).toHaveCount(0);
    expect(errors).toEqual([]);
    // Nothing was dropped to make the pages fast.
    const kept = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? '{}') as { state?: { records?: object } };
    expect(Object.keys(kept.state?.records ?? {}).length).toBe(keys.size + 300);
    await context.close();
  });
});
