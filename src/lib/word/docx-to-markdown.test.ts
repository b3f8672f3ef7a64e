import { describe, expect, test } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { docxToMarkdown, tidyMarkdown } from './docx-to-markdown.ts';
import { PHOTO, exemplarDocx, plainDocx, tableDocx } from '../../../tests/fixtures/word/documents.ts';

describe('docxToMarkdown', () => {
  test('an official-style document: centred title, numbered headings, footnote, bold, list, pictures', async () => {
    const doc = await docxToMarkdown(await exemplarDocx());
    expect(doc.title).toBe('韩知远同志先进事迹材料');
    expect(doc.markdown).not.toContain('韩知远同志先进事迹材料');
    expect(doc.markdown).toContain('## 一、扎根一线，守好数据安全底线\n\n### （一）建立备份巡检制度');
    expect(doc.markdown).toContain('#### 1.夜间值守');
    expect(doc.markdown).toContain('## 二、服务群众，让数据多跑路');
    expect(doc.markdown).toContain('他牵头制定了**每日三查**的巡检办法，三年来没有发生一起数据丢失事件。[^1]');
    expect(doc.markdown).toContain('[^1]: 市直机关工委 2026 年表彰决定，第 3 号。');
    expect(doc.markdown).toContain('- 手把手带教新同事五名\n- 编写操作手册两册');
    expect(doc.markdown).toContain('![韩知远在机房检查数据备份设备](word-image:1)');
    expect(doc.images).toHaveLength(2);
    expect(doc.images[0]).toMatchObject({ contentType: 'image/png', alt: '韩知远在机房检查数据备份设备' });
    expect(doc.images[1]!.alt).toBeUndefined();
    expect(doc.images[0]!.data.equals(PHOTO)).toBe(true);
  });
  test('drops the page header, the page numbers, the indent and empty paragraphs, and writes no HTML', async () => {
    const { markdown } = await docxToMarkdown(await exemplarDocx());
    expect(markdown).not.toContain('市数据局机关党委文件');
    expect(markdown).not.toMatch(/- 2 -/);
    expect(markdown).not.toContain('\u3000');
    expect(markdown).not.toMatch(/\n{3,}/);
    expect(markdown).not.toMatch(/<[a-z]/i);
    expect(markdown).not.toContain('↑');
  });
  test('a Title-styled document with Heading 1 sections and a table', async () => {
    const doc = await docxToMarkdown(await tableDocx());
    expect(doc.title).toBe('市数据局党组理论学习中心组二〇二六年第三次集体学习纪要');
    expect(doc.markdown).toMatch(/^二〇二六年六月十八日/);
    expect(doc.markdown).toContain('## 交流发言');
    expect(doc.markdown).toMatch(/\| 发言人 \| 题目\s*\|\n\| --- \| --- \|\n\| 宋明川 \| 把保密要求落到每一个系统 \|/);
  });
  test('a document without styles has no title of its own', async () => {
    const doc = await docxToMarkdown(await plainDocx());
    expect(doc.title).toBeUndefined();
    expect(doc.markdown).toBe(
      '请各支部组织党员围绕身边的小事谈一谈如何改进工作作风，每人准备三分钟发言。\n\n发言内容请提前交给支部组织委员，汇总后在支部大会上交流。',
    );
  });
  test('a bold centred first line is the title; a left-aligned one is body text', async () => {
    const build = (centred: boolean) =>
      Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({
                  ...(centred ? { alignment: 'center' as const } : {}),
                  children: [new TextRun({ text: '学习体会', bold: true })],
                }),
                new Paragraph('正文。'),
              ],
            },
          ],
        }),
      );
    expect((await docxToMarkdown(await build(true))).title).toBe('学习体会');
    const left = await docxToMarkdown(await build(false));
    expect(left.title).toBeUndefined();
    expect(left.markdown).toBe('**学习体会**\n\n正文。');
  });
});

describe('tidyMarkdown', () => {
  test('removes typed page numbers and official indents, keeps list indents', () => {
    expect(tidyMarkdown('\u3000\u3000正文\n\n— 3 —\n\n第 2 页 共 5 页\n\n-   一项\n    续行')).toBe('正文\n\n- 一项\n    续行');
  });
});

describe('docxToMarkdown and characters Markdown reads', () => {
  test('keeps < and * as text', async () => {
    const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('学习《<条例>解读》，5*2 课时')] }] }));
    expect((await docxToMarkdown(buffer)).markdown).toBe('学习《\\<条例>解读》，5\\*2 课时');
  });
});
