import { describe, expect, test } from 'vitest';
import { countReadableChars, readingMinutes, studyHours } from './reading.ts';
import { classifyLink, normaliseRoute, withBase } from './links.ts';
import { isCurrentPeriod, periodLabel } from './period.ts';
import { entryId } from './entry-id.ts';
import { suggestId } from './suggest-id.ts';
import { tagSlug } from './tags.ts';
import { normaliseText, parseFrontMatter } from './front-matter.ts';
import { basePathFromEnv, siteUrlFromEnv } from '../base-path.ts';

describe('reading time and study hours', () => {
  test('counts Chinese characters and Latin words, not markup or URLs', () => {
    expect(countReadableChars('## 学习 APP\n\n用好[OA系统](https://example.invalid/very/long) 2026年')).toBe(10);
  });
  test('rounds reading minutes up, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(401)).toBe(2);
  });
  test('uses the editor’s hours when given, else half an hour per started 22.5 minutes', () => {
    expect(studyHours(5, 3)).toBe(3);
    expect(studyHours(5)).toBe(0.5);
    expect(studyHours(46)).toBe(1.5);
    expect(studyHours(90)).toBe(2);
  });
});

describe('links', () => {
  test('leaves external links and anchors alone', () => {
    for (const href of ['https://example.invalid/', 'mailto:a@b.c', '#part', '//cdn.invalid/x.js']) {
      expect(classifyLink(href, 'content/theory/a.md')).toEqual({ kind: 'external' });
    }
  });
  test('reads site paths and keeps query and hash', () => {
    expect(classifyLink('/theory/abc#part', 'content/theory/a.md')).toEqual({ kind: 'route', path: '/theory/abc/', suffix: '#part' });
  });
  test('resolves relative Markdown files against the linking file', () => {
    expect(classifyLink('../training/x.md', 'content/theory/a.md')).toEqual({ kind: 'file', file: 'content/training/x.md', suffix: '' });
    expect(classifyLink('./b.mdx#h', 'content/theory/a.md')).toEqual({ kind: 'file', file: 'content/theory/b.mdx', suffix: '#h' });
  });
  test('normalises routes and joins the base path', () => {
    expect(normaliseRoute('/theory/a/index.html')).toBe('/theory/a/');
    expect(normaliseRoute('/attachments/a.txt')).toBe('/attachments/a.txt');
    expect(withBase('/kb/', '/theory/a/')).toBe('/kb/theory/a/');
    expect(withBase('/kb', '/')).toBe('/kb/');
    expect(withBase('/', '/theory/')).toBe('/theory/');
  });
});

describe('periods', () => {
  test('labels months, quarters and years', () => {
    expect(periodLabel('2026-12')).toMatchObject({ kind: '月度计划', label: '2026年12月' });
    expect(periodLabel('2026-Q4')).toMatchObject({ kind: '季度计划', label: '2026年第四季度' });
    expect(periodLabel('2026')).toMatchObject({ kind: '年度计划', label: '2026年度' });
  });
  test('knows whether a date falls inside', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    expect(isCurrentPeriod('2026-Q4', now)).toBe(true);
    expect(isCurrentPeriod('2026-12', now)).toBe(false);
    expect(isCurrentPeriod('2026', now)).toBe(true);
  });
});

describe('ids and slugs', () => {
  test('uses the file name unless front matter gives an id', () => {
    expect(entryId('2026/abc-1.md', {})).toEqual({ ok: true, id: 'abc-1' });
    expect(entryId('党章.md', { id: 'dang-zhang' })).toEqual({ ok: true, id: 'dang-zhang' });
    expect(entryId('党章.md', {})).toEqual({ ok: false, reason: 'file-name', found: '党章' });
    expect(entryId('a.md', { id: 'A B' })).toEqual({ ok: false, reason: 'front-matter', found: 'A B' });
  });
  test('suggests pinyin ids from Chinese titles', () => {
    expect(suggestId('三会一课：2026年 APP')).toBe('san-hui-yi-ke-2026-nian-app');
    expect(suggestId('！！')).toBe('entry');
    expect(tagSlug('党章党规')).toBe('dang-zhang-dang-gui');
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

describe('environment', () => {
  test('normalises BASE_PATH', () => {
    expect(basePathFromEnv(undefined)).toBe('/');
    expect(basePathFromEnv('kb')).toBe('/kb/');
    expect(basePathFromEnv('/kb/docs/')).toBe('/kb/docs/');
    expect(basePathFromEnv('//')).toBe('/');
  });
  test('reads SITE_URL and explains a bad one', () => {
    expect(siteUrlFromEnv('https://intranet.example/kb/')).toBe('https://intranet.example');
    expect(() => siteUrlFromEnv('not a url')).toThrow(/SITE_URL/);
    // Unset: no address at all, rather than canonical links to http://localhost:4321.
    expect(siteUrlFromEnv(undefined)).toBeUndefined();
    expect(siteUrlFromEnv('  ')).toBeUndefined();
  });
});
