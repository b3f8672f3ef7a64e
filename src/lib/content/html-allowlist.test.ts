import { describe, expect, test } from 'vitest';
import { unsafeConstructs } from './html-allowlist.ts';

const found = (html: string) => unsafeConstructs(html).map((p) => p.found);

describe('unsafeConstructs', () => {
  test('plain formatting HTML is fine', () => {
    expect(found('<b>粗</b><sup>1</sup><a href="/theory/a/">站内</a><a href="https://example.org">外</a><img src="./a.png" alt="图">')).toEqual([]);
    expect(found('<details><summary>展开</summary><p id="part-2">内容</p></details>')).toEqual([]);
  });

  test('scripts, forms, objects, embeds and frames', () => {
    expect(found('<script>alert(1)</script>')).toEqual(['<script>']);
    expect(found('<form action="/x"><input name="q"></form>')).toEqual(['<form>']);
    expect(found('<object data="x.swf"></object><embed src="x">')).toEqual(['<object>', '<embed>']);
  });

  test('event handlers on any element', () => {
    expect(found('<img src="x.png" onerror="alert(1)">')).toEqual(['<img> 的 onerror 属性']);
    expect(found('<b onclick="go()">x</b>')).toEqual(['<b> 的 onclick 属性']);
  });

  test('javascript: links, data: links; data: only for images', () => {
    expect(found('<a href="javascript:alert(1)">x</a>')).toEqual(['<a href="javascript:…">']);
    expect(found('<a href="  JaVaScRiPt:alert(1)">x</a>')).toEqual(['<a href="javascript:…">']);
    expect(found('<a href="data:text/html,hi">x</a>')).toEqual(['<a href="data:…">']);
    expect(found('<img src="data:image/png;base64,AAAA" alt="点">')).toEqual([]);
  });

  test('says the line of each construct', () => {
    expect(unsafeConstructs('<p>a</p>\n\n<script></script>').map((p) => p.line)).toEqual([3]);
  });
});
