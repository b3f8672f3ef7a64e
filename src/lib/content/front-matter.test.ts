import { describe, expect, test } from 'vitest';
import { entryBody, normaliseText, parseFrontMatter } from './front-matter.ts';

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

describe('front matter', () => {
  test('strips a BOM and CRLF', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
  test('keeps dates as text so impossible ones can be refused', () => {
    const parsed = parseFrontMatter('---\ndate: 2026-02-30\n---\n正文');
    expect(parsed.ok && parsed.data.date).toBe('2026-02-30');
  });
  test('refuses a file without front matter or its closing line', () => {
    expect(parseFrontMatter('正文').ok).toBe(false);
    expect(parseFrontMatter('---\ntitle: a\n正文').ok).toBe(false);
  });
});
