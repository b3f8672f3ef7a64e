import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { notesDocx, notesDocxFileName } from './docx.ts';
import { groupNotes } from './view.ts';
import type { Note } from './types.ts';

const note: Note = {
  id: 'n-aaaaaa',
  entry: 'theory/a',
  kind: 'note',
  anchor: { exact: '坚持每天读一点，积少成多 👍', prefix: '', suffix: '', start: 0, end: 10 },
  body: '第一行 <b>不是标记</b>\n第二行',
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-02T00:00:00Z',
  deletedAt: null,
};

describe('notesDocx', () => {
  it('writes a Word file that reads back with titles, quotes, notes, reflections and signature lines', async () => {
    const groups = groupNotes([note], [{ entry: 'theory/a', text: '学习心得全文。', updatedAt: '2026-03-03T00:00:00Z', deletedAt: null }]);
    const bytes = await notesDocx({
      name: '张三',
      periodLabel: '2026年3月',
      groups,
      titleOf: () => '某篇理论文章',
      dateOf: (iso) => iso.slice(0, 10),
      attached: () => false,
    });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const part of [
      '学习笔记',
      '张三',
      '2026年3月',
      '某篇理论文章',
      '“坚持每天读一点，积少成多 👍”',
      '（原文已修改）',
      '第一行 <b>不是标记</b>',
      '第二行',
      '学习心得全文。',
      '2026-03-02',
      '姓名：',
    ]) {
      expect(value).toContain(part);
    }
  });
  it('says so when the period has nothing', async () => {
    const bytes = await notesDocx({ name: '', periodLabel: '2026年', groups: [], titleOf: (e) => e, dateOf: (i) => i });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('所选时段内没有学习笔记或学习心得。');
  });
  it('names the file safely', () => {
    expect(notesDocxFileName('张/三', '2026年3月')).toBe('学习笔记-张_三-2026年3月.docx');
    expect(notesDocxFileName('  ', '2026年')).toBe('学习笔记-未填姓名-2026年.docx');
  });
});
