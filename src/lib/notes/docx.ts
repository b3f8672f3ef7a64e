/**
 * 学习笔记 as a Word document (.docx) with the `docx` package: title, member and period, then per
 * entry its title, each quoted passage with the note and date, and 学习心得 in full; name and
 * date lines at the end. Plain paragraphs and standard styles only, so WPS and Word open it cleanly.
 * Load with `await import()` when the member asks for the download: `docx` is large.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { EntryGroup } from './view.ts';

export interface NotesDocument {
  /** The member's name (may be empty: a blank line is left to write it in). */
  readonly name: string;
  /** The chosen period, e.g. 2026年3月. */
  readonly periodLabel: string;
  readonly groups: readonly EntryGroup[];
  readonly titleOf: (entry: string) => string;
  /** Formats an ISO time as a date for the reader (UTC+8). */
  readonly dateOf: (iso: string) => string;
  /** Whether the note's passage was found in today's text; false → 原文已修改. */
  readonly attached?: (noteId: string) => boolean;
}

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' } as const;

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, font: FONT, ...options });
}

/** Splits on line breaks so each line of the member's text is its own run. */
function lines(value: string): TextRun[] {
  return value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, font: FONT, break: i > 0 ? 1 : undefined }));
}

/** Builds the Document (tests can inspect it; `notesDocx` packs it). */
export function buildNotesDocument(input: NotesDocument): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text('学习笔记', { bold: true, size: 36 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`${input.name || '姓名：________'}\u3000${input.periodLabel}`)] }),
  ];
  if (input.groups.length === 0) children.push(new Paragraph({ children: [text('所选时段内没有学习笔记或学习心得。')] }));
  for (const group of input.groups) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(input.titleOf(group.entry), { bold: true, size: 28 })] }),
    );
    for (const note of group.notes) {
      const changed = input.attached ? !input.attached(note.id) : false;
      children.push(
        new Paragraph({
          indent: { left: 400 },
          children: [
            text('原文：', { bold: true }),
            text(`“${note.anchor.exact}”`, { italics: true }),
            ...(changed ? [text('（原文已修改）')] : []),
          ],
        }),
      );
      if (note.body.trim() !== '') children.push(new Paragraph({ children: [text('笔记：', { bold: true }), ...lines(note.body)] }));
      children.push(new Paragraph({ children: [text(input.dateOf(note.updatedAt), { size: 18 })] }));
    }
    if (group.reflection) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('学习心得', { bold: true })] }));
      children.push(new Paragraph({ children: lines(group.reflection.text) }));
      children.push(new Paragraph({ children: [text(input.dateOf(group.reflection.updatedAt), { size: 18 })] }));
    }
  }
  children.push(new Paragraph({ spacing: { before: 600 }, children: [text('姓名：________________\u3000\u3000日期：________________')] }));
  return new Document({
    creator: '学习园地',
    title: `学习笔记 ${input.periodLabel}`,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
}

/** The .docx file's bytes. */
export async function notesDocx(input: NotesDocument): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(buildNotesDocument(input));
}

/** Download name such as `学习笔记-张三-2026年3月.docx`. */
export function notesDocxFileName(name: string, periodLabel: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const safe = (s: string) => s.trim().replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `学习笔记-${safe(name) || '未填姓名'}-${safe(periodLabel)}.docx`;
}
