import { describe, expect, test } from 'vitest';
import { classifyLink, normaliseRoute, withBase } from './links.ts';

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
