import { describe, expect, test } from 'vitest';
import { entryBody } from './front-matter.ts';

describe('entryBody', () => {
  test('is what follows the front matter, trimmed', () => {
    expect(entryBody('---\ntitle: 学习\ntags: [a]\n---\n\n## 一\n\n正文。\n\n')).toBe('## 一\n\n正文。');
  });

  test('keeps a later --- line (a thematic break) in the body', () => {
    expect(entryBody('---\ntitle: 学习\n---\n第一段\n\n---\n\n第二段\n')).toBe('第一段\n\n---\n\n第二段');
  });

  test('copes with a byte-order mark, Windows line ends and blank lines before the front matter', () => {
    expect(entryBody('\uFEFF---\r\ntitle: 学习\r\n---\r\n正文\r\n')).toBe('正文');
    expect(entryBody('\n\n---\ntitle: 学习\n---\n正文')).toBe('正文');
  });

  test('a file without front matter is all body', () => {
    expect(entryBody('  只有正文\n')).toBe('只有正文');
    expect(entryBody('')).toBe('');
  });
});
