import { describe, expect, test } from 'vitest';
import { IMPORT_USAGE, parseImportArgs } from './import-args.ts';

const messageOf = (argv: string[]) => {
  const r = parseImportArgs(argv);
  return r.ok ? '' : r.message;
};

describe('parseImportArgs', () => {
  test('imports into theory by default', () => {
    expect(parseImportArgs(['a.docx'])).toEqual({
      ok: true,
      args: { paths: ['a.docx'], collection: 'theory', draft: false, portrait: false },
    });
  });
  test('takes the collection in English or Chinese, before or after the files', () => {
    expect(parseImportArgs(['--collection', '先进典型', 'a.docx', 'b', '--portrait', '--draft'])).toEqual({
      ok: true,
      args: { paths: ['a.docx', 'b'], collection: 'exemplars', draft: true, portrait: true },
    });
    expect(parseImportArgs(['a.docx', '--collection=training'])).toMatchObject({ ok: true, args: { collection: 'training' } });
  });
  test('explains what is wrong, with the usage', () => {
    expect(messageOf([])).toBe(`缺少要导入的文件或文件夹 / missing the file or folder to import\n\n${IMPORT_USAGE}`);
    expect(messageOf(['a.docx', '--collection', 'news'])).toContain('没有这个栏目 unknown collection: "news"');
    expect(messageOf(['a.docx', '--collection', 'plans'])).toContain('学习计划不能从 Word 导入');
    expect(messageOf(['a.docx', '--portrait'])).toContain('--portrait 只用于先进典型');
    expect(messageOf(['a.docx', '--force'])).toContain('不认识的选项 unknown option: --force');
    expect(messageOf(['a.docx', '--collection'])).toContain('--collection 后面缺少栏目');
  });
  test('answers --help with the usage alone', () => {
    expect(parseImportArgs(['--help'])).toEqual({ ok: false, help: true, message: IMPORT_USAGE });
  });
});
