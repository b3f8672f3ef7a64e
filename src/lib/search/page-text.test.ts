import { describe, expect, test } from 'vitest';
import { decodeEntities, readPageText } from './page-text.ts';

const page = (article: string, attrs = '') =>
  `<!DOCTYPE html><html><body><nav>导航</nav><article data-pagefind-body data-pagefind-sort="date:2026-05-12"${attrs}>` +
  `<span hidden data-pagefind-meta="title:数智党建在统计局"></span><span hidden data-pagefind-meta="collection:先进典型"></span>` +
  `<span hidden data-pagefind-meta="origin:市统计局"></span><span hidden data-pagefind-filter="栏目:先进典型"></span>` +
  `<span hidden data-pagefind-filter="标签:数据"></span><span hidden data-pagefind-filter="标签:党建"></span>${article}</article><footer>页脚</footer></body></html>`;

describe('readPageText', () => {
  test('reads the record from the data-pagefind attributes', () => {
    expect(readPageText(page('<h1>数智党建在统计局</h1>'), '/exemplars/a/')!.page).toEqual({
      url: '/exemplars/a/',
      title: '数智党建在统计局',
      date: '2026-05-12',
      collection: '先进典型',
      origin: '市统计局',
      filters: { 栏目: ['先进典型'], 标签: ['数据', '党建'] },
    });
  });
  test('card fields read as 姓名：李红梅 · 荣誉称号：…', () => {
    const html = page('<dl><dt>姓名</dt> <dd>李红梅</dd> <dt>荣誉称号</dt> <dd>优秀共产党员</dd></dl>');
    expect(readPageText(html, '/x/')!.text).toBe('姓名：李红梅 · 荣誉称号：优秀共产党员');
  });
  test('a heading and the paragraph after it stay apart, never with ". "', () => {
    const text = readPageText(page('<h2>一、坚持学习</h2><p>支部每月学习。</p><p>第二段</p>'), '/x/')!.text;
    expect(text).toBe('一、坚持学习 · 支部每月学习。第二段');
  });
  test('inline elements do not split words: Ctrl+F reads across them', () => {
    expect(readPageText(page('<p>三会<strong>一课</strong>制度</p>'), '/x/')!.text).toBe('三会一课制度');
  });
  test('leaves out ignored parts, scripts, buttons and hidden text', () => {
    const html = page(
      '<div data-pagefind-ignore><p>进度</p></div><script>var a="<p>x</p>"</script><button>标记</button><p hidden>隐</p><p>正文</p>',
    );
    expect(readPageText(html, '/x/')!.text).toBe('正文');
  });
  test('decodes character references and collapses white space; none between Han characters', () => {
    expect(readPageText(page('<p>A &amp; B &lt;tag&gt; &#x4E2D;&#25991;\n 学\n习</p>'), '/x/')!.text).toBe('A & B <tag> 中文学习');
  });
  test('a page without data-pagefind-body is not indexed', () => {
    expect(readPageText('<html><body><main>列表</main></body></html>', '/x/')).toBeNull();
  });
  test('decodeEntities leaves unknown references as written', () => {
    expect(decodeEntities('&copy; &#0; &amp;')).toBe('&copy; &#0; &');
  });
});
