import { describe, expect, test } from 'vitest';
import { bodyReferences } from './body-references.ts';

const refs = (body: string, file = 'content/theory/a.md') => bodyReferences(file, body).map((r) => `${r.line} ${r.kind} ${r.href}${r.kind === 'image' ? ` [${r.alt}]` : ''}`);

describe('bodyReferences', () => {
  test('inline links and images, with their lines', () => {
    expect(refs('段落 [党章](/theory/a/) 与 ![合影](./photo.jpg "标题")\n\n第二段 [b](./b.md)')).toEqual(['1 link /theory/a/', '1 image ./photo.jpg [合影]', '3 link ./b.md']);
  });
  test('reference links and images, read from their definitions', () => {
    expect(refs('见[文件][f]和![图][p]\n\n[f]: ./b.md\n[p]: ./c.png')).toEqual(['1 image ./c.png [图]', '3 link ./b.md']);
  });
  test('nothing inside code blocks or inline code', () => {
    expect(refs('```\n[no](/nope/)\n![x](./x.png)\n```\n\n`[a](/b/)`')).toEqual([]);
  });
  test('<a href> and <img src> in raw HTML and in MDX', () => {
    expect(refs('<p>\n<a href="/raw/">原文</a>\n<img src="./r.png" alt="图">\n</p>')).toEqual(['2 link /raw/', '3 image ./r.png [图]']);
    expect(refs('<a href="/mdx/">x</a> 和 [y](/y/)', 'content/theory/a.mdx')).toEqual(['1 link /mdx/', '1 link /y/']);
  });
  test('an MDX body that does not compile has none (its error is reported elsewhere)', () => {
    expect(refs('<div>\n[a](/a/)', 'content/theory/a.mdx')).toEqual([]);
  });
});
