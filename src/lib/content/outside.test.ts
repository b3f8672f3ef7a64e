import { describe, expect, test } from 'vitest';
import { findOutside, isOutsideUrl, outsideLoad, styleLoadsOutside } from './outside.ts';
import { rewriteHtml } from '../../markdown/outside-resources.ts';

describe('outside resources', () => {
  test('tells addresses on other hosts from the site’s own', () => {
    for (const url of ['https://a.cn/x.png', 'http://a.cn', '//cdn.a.cn/x.js', ' HTTPS://A.CN']) expect(isOutsideUrl(url)).toBe(true);
    for (const url of ['./a.png', '/images/a.png', 'a.png', 'data:image/png;base64,AA', '#top']) expect(isOutsideUrl(url)).toBe(false);
  });

  test('finds what an element would load: src, srcset, poster, object data, stylesheet links', () => {
    expect(outsideLoad('img', { src: './a.png', srcset: './a.png 1x, https://x.cn/b.png 2x' })).toEqual({ kind: 'image', url: 'https://x.cn/b.png' });
    expect(outsideLoad('video', { poster: '//x.cn/p.jpg' })).toEqual({ kind: 'video', url: '//x.cn/p.jpg' });
    expect(outsideLoad('object', { data: 'https://x.cn/a.swf' })).toEqual({ kind: 'page', url: 'https://x.cn/a.swf' });
    expect(outsideLoad('link', { rel: 'stylesheet', href: 'https://x.cn/a.css' })).toEqual({ kind: 'file', url: 'https://x.cn/a.css' });
    expect(outsideLoad('link', { rel: 'canonical', href: 'https://x.cn/' })).toBeUndefined();
    expect(outsideLoad('a', { href: 'https://x.cn/' })).toBeUndefined();
    expect(styleLoadsOutside('background: url("https://x.cn/a.png")')).toBe(true);
    expect(styleLoadsOutside('color: red')).toBe(false);
  });

  test('reports lines of outside images, embeds and inline styles, skipping code', () => {
    const body = ['![a](https://x.cn/a.png)', '```html', '<iframe src="https://x.cn/"></iframe>', '```', '`<img src="https://x.cn/b.png">`', '<span style="color:red">x</span>'].join('\n');
    expect(findOutside(body).map((f) => [f.line, f.what, f.kind])).toEqual([
      [0, 'markdown-image', 'image'],
      [5, 'style', undefined],
    ]);
  });

  test('rewrites raw HTML: cards for images and embeds, nothing for scripts and stylesheets, escaped text', () => {
    expect(rewriteHtml('<iframe src="https://v.cn/e/1" title="第一集"></iframe>')).toBe(
      '<a class="kb-outside" href="https://v.cn/e/1" rel="noopener noreferrer external" data-outside="page"><span class="kb-outside-kind">外部网页：</span>第一集 <span class="kb-outside-url">https://v.cn/e/1</span></a>',
    );
    expect(rewriteHtml('<script src="https://x.cn/a.js"></script><link rel="stylesheet" href="//x.cn/a.css">')).toBe('');
    expect(rewriteHtml('<img src="https://x.cn/a.png" alt="<b>&">')).toContain('外部图片：</span>&lt;b&gt;&amp; ');
    expect(rewriteHtml('<img src="./a.png" alt="本地">')).toBe('<img src="./a.png" alt="本地">');
  });
});
