import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { sanitizeHtml } from '../../src/markdown/sanitize-html.ts';
import { checkBodySafety } from '../../src/lib/content/body-safety.ts';

const html = async (md: string) => (await markdownToHtml(md, { hastPlugins: [sanitizeHtml({ trustMdx: false })] })).html;
const js = async (mdx: string, trustMdx = false) => (await mdxToJs(mdx, { hastPlugins: [sanitizeHtml({ trustMdx })] })).code;

describe('the build sanitises raw HTML in Markdown bodies', () => {
  test('removes scripts, event handlers, javascript: links, forms and embeds; keeps the text and allowed HTML', async () => {
    const out = await html(
      '前文 <b onclick="steal()">粗体</b> <a href="javascript:alert(1)">链接</a>\n\n<script>alert(1)</script>\n\n<img src="a.png" alt="图" onerror="alert(1)">\n\n<form action="/x"><input name="q"></form>\n\n<object data="x"></object><embed src="y">\n\n<sup>1</sup> <a href="/theory/a/">站内</a>\n',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|<form|<object|<embed/i);
    expect(out).toContain('<b>粗体</b>');
    expect(out).toContain('<img src="a.png" alt="图">');
    expect(out).toContain('<sup>1</sup>');
    expect(out).toContain('<a href="/theory/a/">站内</a>');
  });

  test('leaves a body without raw HTML exactly as Markdown renders it', async () => {
    const md = '# 标题\n\n正文 `<script>` 与 [链接](https://example.org)。\n';
    expect(await html(md)).toBe((await markdownToHtml(md)).html);
  });
});

describe('untrusted MDX', () => {
  test('drops import, export and {expressions} so they never run', async () => {
    const code = await js(
      'import fs from "node:fs"\nexport const leak = 1\n\n# 标题 {String(process.env.SECRET)}\n\n<div data-pagefind-ignore>不进搜索</div>\n',
    );
    expect(code).not.toMatch(/node:fs|leak|process\.env/);
    expect(code).toContain('"data-pagefind-ignore": true');
    expect(code).toContain('不进搜索');
  });

  test('drops components the site does not provide and attributes outside the allowlist', async () => {
    const code = await js('<div onclick="alert(1)">甲 <Foo>乙</Foo> <a href="javascript:x">丙</a></div>\n');
    expect(code).not.toMatch(/onclick|Foo|javascript/);
    expect(code).toContain('乙');
  });

  test('trusted MDX keeps expressions', async () => {
    expect(await js('# {1 + 1}\n', true)).toContain('1 + 1');
  });
});

describe('check:content reports what the build removes or refuses', () => {
  test('Markdown: each removed construct with its line in the file', () => {
    const problems = checkBodySafety('content/theory/a.md', '正文\n\n<script>x()</script>\n\n<img src="a.png" onerror="x()">\n', 8, false);
    expect(problems.map((p) => [p.line, p.found])).toEqual([
      [10, '<script>'],
      [12, '<img> 的 onerror 属性'],
    ]);
    expect(problems[0]!.fix).toContain('删除 <script>');
  });

  test('MDX: import, export, expressions and unknown components, with the site setting named', () => {
    const problems = checkBodySafety(
      'content/theory/a.mdx',
      'import X from "./x"\n\n正文 {String(process.env.SECRET)}\n\n<Foo />\n\n<div data-pagefind-ignore>好</div>\n',
      5,
      false,
    );
    expect(problems.map((p) => [p.line, p.found])).toEqual([
      [5, 'import X from "./x"'],
      [7, '{String(process.env.SECRET)}'],
      [9, '<Foo>'],
    ]);
    expect(problems.every((p) => p.fix.includes('mdx: "trusted"'))).toBe(true);
  });

  test('MDX with trusted authors: nothing refused', () => {
    expect(checkBodySafety('content/theory/a.mdx', 'import X from "./x"\n\n{1}\n', 5, true)).toEqual([]);
  });
});
