import { expect, test, type Page } from '@playwright/test';
import { blockStorage } from './blocked-storage.ts';
import { expectAccessibleInBothSchemes } from './axe.ts';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { pdfPageTexts } from './pdf-text.ts';

/*
 * 学习笔记 and 学习心得 as a member uses them: a note made with the mouse and one with the
 * keyboard, both still there after a reload; 学习心得 with its count and autosave; notes that
 * re-attach when the text moved or changed and are kept as 原文已修改 when it is gone; 我的笔记
 * with search, editing and deleting; the JSON backup round trip; the Word file and the print.
 */
const ARTICLE = './theory/2026-03-diaocha-yanjiu-zhuanti-dangke/';
const KEY = 'theory/2026-03-diaocha-yanjiu-zhuanti-dangke';
const PASSAGE = '调查研究是作风之镜';
const TODAY = new Date('2026-11-26T10:00:00+08:00');

const article = (page: Page) => page.locator('[data-notes-root]');

/** Selects PASSAGE with the mouse and saves a note with `body` on it, as a reader does. */
async function noteOnPassage(page: Page, body: string) {
  await dragOver(page, PASSAGE);
  await page.getByRole('toolbar', { name: '对所选文字' }).getByRole('button', { name: '记笔记' }).click();
  await page.getByLabel('笔记内容').fill(body);
  await page.getByRole('button', { name: '保存笔记' }).click();
}

/** Writes the entry's 学习心得 and waits until it is saved in this browser. */
async function writeReflection(page: Page, text: string) {
  await page.getByLabel('写下本篇的学习心得体会').fill(text);
  await expect(page.locator('[data-reflection-status]')).toContainText('已自动保存在本机');
}

/** Drags the mouse across `text` in the article, as a reader selects it. */
async function dragOver(page: Page, text: string) {
  const rects = await article(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const a = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const b = range.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, text);
  expect(rects, `the article shows “${text}”`).not.toBeNull();
  await page.mouse.move(rects!.x1, rects!.y1);
  await page.mouse.down();
  await page.mouse.move((rects!.x1 + rects!.x2) / 2, rects!.y2, { steps: 4 });
  await page.mouse.move(rects!.x2, rects!.y2, { steps: 4 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('a note made with the mouse: select, 记笔记, save; highlighted with its card after a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  await dragOver(page, PASSAGE);
  const bar = page.getByRole('toolbar', { name: '对所选文字' });
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(`已选 ${PASSAGE.length} 字`);
  await bar.getByRole('button', { name: '记笔记' }).click();
  const editor = page.getByLabel('笔记内容');
  await expect(editor).toBeFocused();
  // A note is text: markup stays text.
  await editor.fill('作风好不好，<b>调研</b>一看便知。');
  await page.getByRole('button', { name: '保存笔记' }).click();

  const mark = article(page).locator('mark[data-note]');
  await expect(mark).toHaveText(PASSAGE);
  const card = article(page).locator('[data-note-card]');
  await expect(card).toContainText(`“${PASSAGE}”`);
  await expect(card.locator('.kb-note-body')).toHaveText('作风好不好，<b>调研</b>一看便知。');
  await expect(card.locator('b')).toHaveCount(0);

  await page.reload();
  await expect(mark).toHaveText(PASSAGE);
  await expect(card).toContainText('作风好不好');
  await expect(card).toContainText('2026年11月26日');
});

test('划线 from the selection bar, then 添加笔记 and 删除 with a confirmation', async ({ page }) => {
  await page.goto(ARTICLE);
  await dragOver(page, '调查研究是成长之路');
  await page.getByRole('toolbar', { name: '对所选文字' }).getByRole('button', { name: '划线' }).click();
  const card = article(page).locator('[data-note-card]');
  await expect(card).toHaveAttribute('aria-label', '划线');
  await card.getByRole('button', { name: '添加笔记' }).click();
  await page.getByLabel('笔记内容').fill('年轻干部多下基层。');
  await page.getByRole('button', { name: '保存笔记' }).click();
  await expect(card).toHaveAttribute('aria-label', '笔记');
  await card.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog', { name: '删除这条笔记？' });
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: '删除' }).click();
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(article(page).locator('[data-note-card], mark[data-note]')).toHaveCount(0);
  await page.reload();
  await expect(article(page).locator('mark[data-note]')).toHaveCount(0);
});

test('a note with the keyboard: the paragraph’s 笔记 button, type, Ctrl+Enter', async ({ page }) => {
  await page.goto(ARTICLE);
  const paragraph = article(page).locator('p', { hasText: '同志们，上个月支部党员大会上' });
  const button = paragraph.getByRole('button', { name: /这段记笔记/ });
  await button.focus();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('笔记内容')).toBeFocused();
  await page.keyboard.type('调研少、下去少、听群众说话少。');
  await page.keyboard.press('Control+Enter');
  const card = article(page).locator('[data-note-card]');
  await expect(card).toContainText('调研少、下去少、听群众说话少。');
  // The whole paragraph is the passage; the button's own text is not part of it.
  const marked = await article(page).locator('mark[data-note]').allTextContents();
  expect(marked.join('')).toContain('同志们，上个月支部党员大会上');
  expect(marked.join('')).not.toContain('笔记');
  await expect(card.getByRole('button', { name: '编辑' })).toBeFocused();
  await page.reload();
  await expect(article(page).locator('[data-note-card]')).toContainText('听群众说话少');
});

test('notes re-attach to moved or slightly changed text, and are kept as 原文已修改 when the passage is gone', async ({ page }) => {
  // Notes made on an earlier version of the entry: offsets and context no longer match today's text.
  const stale = (id: string, exact: string, prefix: string, body: string) => ({
    id,
    entry: KEY,
    kind: 'note',
    anchor: { exact, prefix, suffix: '', start: 5, end: 5 + exact.length },
    body,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    deletedAt: null,
  });
  await page.addInitScript(([notes]) => localStorage.setItem('xxyd:notes', JSON.stringify({ version: 1, notes, reflections: [] })), [
    [
      stale('n-moved', '最能看出作风', '一个干部愿不愿意下去', '移动了的段落'),
      stale('n-fuzzy', '调研的过程，其实就是一次检验自已宗旨意识的过程', '', '改过一个字'),
      stale('n-gone', '这一句在新版本里已经删掉了', '旧版本的上文', '原文没有了'),
    ],
  ] as const);
  await page.goto(ARTICLE);
  await expect(article(page).locator('mark[data-note="n-moved"]')).toHaveText('最能看出作风');
  await expect(article(page).locator('mark[data-note="n-fuzzy"]')).toContainText('检验自己宗旨意识');
  await expect(article(page).locator('[data-note-id="n-fuzzy"]')).toContainText('原文有改动，已按相近的文字重新定位');
  const orphans = page.getByRole('region', { name: '原文已修改的笔记' });
  await expect(orphans).toContainText('“这一句在新版本里已经删掉了”');
  await expect(orphans).toContainText('原文没有了');
  await expect(article(page).locator('mark[data-note="n-gone"]')).toHaveCount(0);
});

test('学习心得: count, autosave, kept after a reload, and on 我的笔记 with search, edit and delete', async ({ page }) => {
  await page.goto(ARTICLE);
  const box = page.getByLabel('写下本篇的学习心得体会');
  await box.fill('调查研究要“身入”更要“心入”。');
  await expect(page.locator('[data-reflection-count]')).toHaveText('16 / 5000 字');
  await expect(page.locator('[data-reflection-status]')).toContainText('已自动保存在本机');
  await page.reload();
  await expect(box).toHaveValue('调查研究要“身入”更要“心入”。');

  await noteOnPassage(page, '作风之镜');

  await page.goto('./notes/');
  const group = page.locator('[data-notes-group]');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 2 })).toHaveText('专题党课：把调查研究的功夫下在一线');
  await expect(group).toContainText('“调查研究是作风之镜”');
  await expect(group.getByRole('region', { name: '学习心得' })).toContainText('身入');
  await expect(page.locator('[data-summary]')).toHaveText('1 篇内容，1 条笔记或划线，1 篇学习心得。');

  await page.getByLabel('搜索笔记').fill('没有这句话');
  await expect(page.locator('[data-summary]')).toHaveText('没有符合条件的笔记。');
  await page.getByLabel('搜索笔记').fill('心入');
  await expect(group).toHaveCount(1);
  await page.getByLabel('搜索笔记').fill('');
  await page.getByLabel('栏目').selectOption({ label: '先进典型' });
  await expect(group).toHaveCount(0);
  await page.getByLabel('栏目').selectOption('');
  await page.getByLabel('时间（最后修改）').selectOption({ label: '2026年10月' });
  await expect(group).toHaveCount(0);
  await page.getByLabel('时间（最后修改）').selectOption({ label: '2026年11月' });
  await expect(group).toHaveCount(1);

  const reflection = group.getByRole('region', { name: '学习心得' });
  await reflection.getByRole('button', { name: '编辑' }).click();
  await reflection.getByLabel('学习心得').fill('调研要身入心入，还要回头看。');
  await reflection.getByRole('button', { name: '保存' }).click();
  await expect(group.getByRole('region', { name: '学习心得' })).toContainText('还要回头看');

  await group.locator('.kb-note-card').getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog', { name: '删除这条笔记？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.locator('[data-summary]')).toHaveText('1 篇内容，0 条笔记或划线，1 篇学习心得。');
  await page.goto(ARTICLE);
  await expect(page.getByLabel('写下本篇的学习心得体会')).toHaveValue('调研要身入心入，还要回头看。');
  await expect(article(page).locator('mark[data-note]')).toHaveCount(0);
});

test('notes and 学习心得 go into the JSON backup and come back after clearing; Word and print', async ({ page }) => {
  await page.goto(ARTICLE);
  await noteOnPassage(page, '第一条笔记\n第二行');
  await writeReflection(page, '心得：多下去，多听。');

  await page.goto('./progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON' }).click();
  const backup = test.info().outputPath('backup.json');
  await (await download).saveAs(backup);
  const exported = JSON.parse(await readFile(backup, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.notes.map((n: { body: string }) => n.body)).toEqual(['第一条笔记\n第二行']);
  expect(exported.reflections.map((r: { text: string }) => r.text)).toEqual(['心得：多下去，多听。']);

  await page.getByRole('button', { name: '清除本机记录' }).click();
  await page.getByRole('dialog', { name: '清除本机记录' }).getByRole('button', { name: '确认清除' }).click();
  await page.goto('./notes/');
  await expect(page.locator('[data-summary]')).toContainText('还没有学习笔记或学习心得');
  await page.goto('./progress/');
  await page.getByLabel(/导入学习记录/).setInputFiles(backup);
  await page.getByRole('dialog', { name: '确认导入学习记录' }).getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText('笔记：新增 1 条')).toBeVisible();
  await page.goto('./notes/');
  await expect(page.locator('[data-summary]')).toHaveText('1 篇内容，1 条笔记或划线，1 篇学习心得。');

  // Word: the file reads back with the passage, the note and 学习心得.
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word 文档' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('学习笔记-未填姓名-全部时间.docx');
  const { value: text } = await mammoth.extractRawText({ path: (await docx.path())! });
  for (const part of ['学习笔记', '专题党课：把调查研究的功夫下在一线', PASSAGE, '第一条笔记', '第二行', '心得：多下去，多听。', '姓名：'])
    expect(text).toContain(part);

  // Print: A4 with the heading and signature lines, no controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '下载 Word 文档' })).toBeHidden();
  await expect(page.locator('[data-print-head]')).toBeVisible();
  const pages = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
  const all = pages.join('\n');
  // The PDF's text is read back NFKC-normalised (： → :), and its font maps 风 to the radical ⻛: compare around it.
  for (const part of ['学习笔记', '时间：全部时间', '调查研究是作', '第一条笔记', '心得：多下去，多听。', '姓名：'])
    expect(all).toContain(part.normalize('NFKC'));
  expect(all).not.toContain('下载 Word 文档');
  expect(all).not.toContain('删除');
});

test('blocked storage: a note is kept on the page and the member is told it was not saved', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await blockStorage(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ARTICLE);
  await page.getByLabel('写下本篇的学习心得体会').fill('存不下也不能丢。');
  await expect(page.locator('[data-reflection-status]')).toContainText('学习记录未能保存在本机');
  await expect(page.locator('[data-reflection-status]')).toContainText('请先复制保存');
  await dragOver(page, PASSAGE);
  await page.getByRole('toolbar', { name: '对所选文字' }).getByRole('button', { name: '划线' }).click();
  await expect(article(page).locator('mark[data-note]')).toHaveText(PASSAGE);
  await expect(page.locator('[data-notes-status]')).toContainText('学习记录未能保存在本机');
  expect(errors).toEqual([]);
  await context.close();
});

test('an entry with notes and 我的笔记 have no serious axe violations at 360 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(ARTICLE);
  await noteOnPassage(page, '手机上的笔记');
  await writeReflection(page, '手机上的心得');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await expectAccessibleInBothSchemes(page, 'entry with a note');
  await page.goto('./notes/');
  await expect(page.locator('[data-notes-group]')).toHaveCount(1);
  await expectAccessibleInBothSchemes(page, '我的笔记');
});
