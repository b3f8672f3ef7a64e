import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe.ts';
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { pdfPageTexts } from './pdf-text.ts';

/*
 * 支部台账: three members submit their records (报送支部) in three browsers, the secretary
 * loads them with a hostile and a duplicate file and checks every figure against sums done
 * by hand from the sample content (学时: 2026-10 中心组 3, 11 月传帮带 0.5, 保密自学 0.5;
 * training 老带新 2 held 2026-10-22, 政务 APP 1.5 held 2026-11-19).
 */
const TODAY = new Date('2026-11-26T10:00:00+08:00');
const EARLIER = new Date('2026-11-20T10:00:00+08:00');

const ZHONGXINZU = './theory/2026-10-zhongxinzu-jiceng-dangjian/'; // annual plan 必学, 3 学时
const CHUANBANGDAI = './theory/2026-11-dangxiaozu-chuanbangdai/'; // Q4 plan 必学, 0.5 学时
const BAOMI = './theory/2026-11-baomi-zixue-biji/'; // 0.5 学时
const LAODAIXIN = './training/2026-10-laodaixin-jiaoliu/'; // Q4 plan 必学, 2 学时, held 2026-10-22
const ZHENGWU = './training/2026-11-zhengwu-app/'; // Q4 plan 选学, 1.5 学时, held 2026-11-19

async function markRead(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(page.getByRole('button', { name: '取消已读' })).toBeVisible();
}

async function attend(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: '我参加了' }).click();
  await expect(page.getByRole('button', { name: '已参加 ✓' })).toHaveAttribute('aria-pressed', 'true');
}

/** Writes 学习心得 on the page open now and waits until it is saved. */
async function reflect(page: Page, text: string) {
  await page.getByLabel(/学习心得体会/).fill(text);
  await expect(page.locator('[data-reflection-status]')).toContainText('已自动保存在本机');
}

/** 报送支部 on 我的学习; returns the saved file's path. */
async function submit(page: Page, name: string, branch: string, saveAs: string, withReflections = false): Promise<string> {
  await page.goto('./progress/');
  const section = page.locator('kb-progress-submit');
  await section.getByLabel('姓名').fill(name);
  await section.getByLabel('党支部/党小组').selectOption(branch);
  await section.getByLabel('附上学习心得').setChecked(withReflections);
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: '报送支部' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`学习记录-${name}-${file.suggestedFilename().slice(-15, -5)}.json`);
  const path = test.info().outputPath(saveAs);
  await file.saveAs(path);
  await expect(section.getByRole('status')).toContainText('请交给支部书记');
  return path;
}

async function member(browser: Browser, baseURL: string | undefined, work: (page: Page) => Promise<string[]>): Promise<string[]> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** The three members' files, a duplicate (张三's earlier export) and a hostile file. */
async function memberFiles(browser: Browser, baseURL: string | undefined): Promise<string[]> {
  const zhang = await member(browser, baseURL, async (page) => {
    await page.clock.setFixedTime(EARLIER);
    await markRead(page, ZHONGXINZU);
    const older = await submit(page, '张三', '第一党小组', 'zhang-older.json');
    await page.clock.setFixedTime(TODAY);
    await markRead(page, CHUANBANGDAI);
    await reflect(page, '传帮带要落到具体的人和事上。');
    await attend(page, LAODAIXIN);
    return [older, await submit(page, '张三', '第一党小组', 'zhang.json', true)];
  });
  const li = await member(browser, baseURL, async (page) => {
    await markRead(page, BAOMI);
    // Written but not attached (附上学习心得 left unticked): the branch does not count it.
    await reflect(page, '保密无小事。');
    return [await submit(page, '李四', '第一党小组', 'li.json')];
  });
  const wang = await member(browser, baseURL, async (page) => {
    await attend(page, ZHENGWU);
    return [await submit(page, '王五', '第二党小组', 'wang.json')];
  });
  const hostile = test.info().outputPath('hostile.json');
  const good = JSON.parse(await readFile(li[0]!, 'utf8'));
  await writeFile(hostile, JSON.stringify({ ...good, settings: { ...good.settings, name: '<img src=x onerror=alert(1)>' } }));
  return [...zhang, ...li, ...wang, hostile];
}

const rowsOf = (page: Page, view: string) =>
  page
    .getByRole('region', { name: view })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));

test.describe('支部台账', () => {
  test.describe.configure({ timeout: 180_000 });

  test('members submit, the secretary loads, checks every view, exports Excel and prints', async ({ browser, baseURL, page }) => {
    const files = await memberFiles(browser, baseURL);
    await page.clock.setFixedTime(TODAY);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('./ledger/');
    await page.getByLabel('选择成员报送的学习记录文件').setInputFiles(files);

    // Bad and duplicate files are listed with their reasons; the rest go on.
    const list = page.locator('[data-files-list]');
    await expect(page.locator('[data-files-status]')).toHaveText('已读取 5 个文件：3 位成员，1 个文件未能使用。');
    await expect(list).toContainText('未使用：hostile.json — 文件中含有 < 或 > 字符');
    await expect(list).toContainText('提示：zhang-older.json — 与“zhang.json”是同一成员（张三）的记录，采用导出较新的“zhang.json”');

    // The default is the last full month; the figures below are for November.
    await expect(page.getByLabel('期间', { exact: true })).toHaveValue('2026-10');
    await page.getByLabel('期间', { exact: true }).selectOption('2026-11');
    await page.getByLabel('成员名单').fill('张三\n李四\n王五\n赵六');
    await page.getByLabel('填表人').fill('周书记');

    // 成员概况: ordered by name; 必学 are 12 (Q4 plan 5 + annual plan 7); overdue as of Nov 26.
    expect(await rowsOf(page, '成员概况')).toEqual([
      ['李四', '第一党小组', '2026-11-26', '1', '0', '0.5', '0.5', '32', '0 / 12', '9', '0', '低于年度进度'],
      ['王五', '第二党小组', '2026-11-26', '0', '1', '1.5', '1.5', '32', '0 / 12', '9', '0', '低于年度进度'],
      ['张三', '第一党小组', '2026-11-26', '2', '0', '3.5', '5.5', '32', '3 / 12', '8', '1', '低于年度进度'],
    ]);
    // 计划完成: the Q4 plan's first five items (three 必学 overdue or done) and its counts.
    const plans = page.getByRole('region', { name: '计划完成' });
    await expect(plans.locator('caption')).toHaveText([
      '2026年第四季度青年干部学习计划（2026年第四季度）',
      '2026年度党员理论学习计划（2026年度）',
    ]);
    const q4 = await plans
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
    expect(q4.map((r) => r.slice(0, 6))).toEqual([
      ['李四', '已逾期', '已逾期', '已逾期', '未完成', '未完成'],
      ['王五', '已逾期', '已逾期', '已逾期', '未完成', '未完成'],
      ['张三', '已逾期', '已逾期', '已完成', '已完成', '未完成'],
      ['已完成人数', '0', '0', '1', '1', '0'],
      ['未完成人数', '0', '0', '0', '2', '3'],
      ['已逾期人数', '3', '3', '2', '0', '0'],
    ]);
    expect(q4[2]![7]).toBe('未完成'); // 王五 attended the 选学 training: done for him, not for 张三
    expect(q4[1]![7]).toBe('已完成');
    // 支部合计.
    expect(await rowsOf(page, '支部合计')).toEqual([
      ['报送人数', '3'],
      ['本期学时合计', '5.5'],
      ['人均学时', '1.83'],
      ['必学完成', '3 / 36（8%）'],
      ['低于年度进度', '李四、王五、张三'],
      ['未报送', '赵六'],
    ]);
    // One 党小组 only.
    await page.getByLabel('党支部/党小组').selectOption('第一党小组');
    expect((await rowsOf(page, '成员概况')).map((r) => r[0])).toEqual(['李四', '张三']);
    await expect(page.getByRole('region', { name: '支部合计' })).toContainText('王五、赵六');
    await page.getByLabel('党支部/党小组').selectOption('');

    // Excel: one sheet per view, read back with exceljs.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe('支部学习台账-全部-2026-11.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.worksheets.map((s) => s.name)).toEqual(['成员概况', '计划完成', '支部合计']);
    const values = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(values('成员概况')).toContainEqual(['张三', '第一党小组', '2026-11-26', 2, 0, 3.5, 5.5, 32, '3 / 12', 8, 1, '低于年度进度']);
    expect(values('支部合计')).toContainEqual(['本期学时合计', 5.5]);
    expect(values('计划完成').flat()).toContain('已逾期人数');
    await expect(page.locator('[data-output-status]')).toHaveText('已导出 Excel 文件（每个视图一张工作表）。');

    // Print: A4 landscape, controls hidden, header rows repeat (thead is a table header group).
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: '载入成员文件' })).toBeHidden();
    await expect(page.locator('[data-ledger-sheet]')).toContainText('填表人：周书记');
    await expect(page.locator('[data-ledger-sheet]')).toContainText('支部书记签字');
    expect(
      await page
        .locator('[data-ledger-sheet] thead')
        .first()
        .evaluate((t) => getComputedStyle(t).display),
    ).toBe('table-header-group');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    // One page per view (成员概况, 计划完成 with two wide plans, 支部合计).
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2])); // landscape
    expect(Math.round(Number(box![1]))).toBe(842); // A4: 297 mm
    expect(dialogs).toEqual([]);
  });

  test('a long ledger repeats its header row on every printed page', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    await page.goto('./ledger/');
    const template = JSON.parse(await readFile(await submitEmpty(page), 'utf8'));
    const files = Array.from({ length: 60 }, (_, i) => ({
      name: `m${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...template, settings: { ...template.settings, name: `成员${String(i).padStart(2, '0')}` } })),
    }));
    await page.goto('./ledger/');
    await page.getByLabel('选择成员报送的学习记录文件').setInputFiles(files);
    await expect(page.locator('[data-files-status]')).toHaveText('已读取 60 个文件：60 位成员。');
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
    // The tables of 成员 run over several pages, and each page starts its table with the column heads.
    // (支部合计 names members below the year's pace in a sentence, not a table.)
    const memberPages = pages.filter((text) => /成员\d\d/.test(text) && !text.includes('支部合计'));
    expect(memberPages.length).toBeGreaterThan(1);
    for (const [i, text] of memberPages.entries()) {
      const firstRow = text.search(/成员\d\d/);
      expect(text.slice(0, firstRow), `page ${i + 1} of 成员概况`).toContain('姓名');
    }
  });

  test('keyboard: choose files, a period and export CSV without a mouse', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const file = await submitEmpty(page, '钱七');
    await page.goto('./ledger/');
    await page.getByLabel('选择成员报送的学习记录文件').setInputFiles(file);
    await page.getByLabel('年份').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('期间', { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('期间', { exact: true })).toHaveValue('2026-11');
    await page.getByRole('button', { name: '导出 Excel' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '导出 CSV' })).toBeFocused();
    const csvDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const csv = await readFile((await (await csvDownload).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF支部学习台账 全部 2026年11月')).toBe(true);
    expect(csv).toContain('钱七,');
  });

  test('保存本次台账 keeps the files in this browser until cleared', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const file = await submitEmpty(page, '孙八');
    await page.goto('./ledger/');
    await page.getByLabel('选择成员报送的学习记录文件').setInputFiles(file);
    // The member list for 未报送 is typed once: it comes back with the saved ledger.
    await page.locator('#ledger-roster').fill('孙八\n周九');
    await page.getByRole('button', { name: '保存本次台账' }).click();
    await page.reload();
    await expect(page.locator('[data-files-status]')).toHaveText('已读取 1 个文件：1 位成员。');
    await expect(page.locator('#ledger-roster')).toHaveValue('孙八\n周九');
    await expect(page.locator('[data-ledger-sheet]')).toContainText('周九');
    // Kept under its own key, apart from the reader's own record, which it leaves alone.
    const progressBefore = await page.evaluate(() => localStorage.getItem('xxyd:progress'));
    expect(await page.evaluate(() => localStorage.getItem('xxyd:ledger'))).toContain('孙八');
    await page.getByRole('button', { name: '清除已保存的台账' }).click();
    await page.reload();
    await expect(page.locator('[data-sheet-empty]')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('xxyd:ledger'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('xxyd:progress'))).toBe(progressBefore);
  });

  test('the ledger with figures has no serious axe violations, light and dark', async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    const file = await submitEmpty(page, '吴九');
    await page.goto('./ledger/');
    await page.getByLabel('选择成员报送的学习记录文件').setInputFiles([
      { name: 'wu.json', mimeType: 'application/json', buffer: await readFile(file) },
      { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') },
    ]);
    await expect(page.getByRole('region', { name: '成员概况' })).toContainText('吴九');
    await expectAccessibleInBothSchemes(page, 'ledger');
  });
});

/** A member with no records submits (name given here or 测试), in this page's browser. */
async function submitEmpty(page: Page, name = '测试'): Promise<string> {
  return submit(page, name, '第一党小组', `${name}.json`);
}
