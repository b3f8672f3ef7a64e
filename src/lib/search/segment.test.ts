import { describe, expect, test } from 'vitest';
import { chineseSegmenter, indexablePage, joinChineseSpaces, spaceWords, spaceWordsInEscapedText } from './segment.ts';

const segmenter = chineseSegmenter();
/** The words an index that splits on spaces would see. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('spaceWords', () => {
  test('splits Chinese into the words the browser splits a query into', () => {
    for (const query of ['党章党规', '三会一课', '传帮带', '预算', '基层党建']) {
      const browserWords = [...segmenter.segment(query)].map((s) => s.segment);
      const indexed = words(spaceWords(`支部学习${query}，做好工作。`, segmenter));
      // Every word of the query stands as a word of the text, in order.
      const at = indexed.indexOf(browserWords[0]!);
      expect(at).toBeGreaterThan(-1);
      expect(indexed.slice(at, at + browserWords.length)).toEqual(browserWords);
    }
  });

  test('sets punctuation and numbers next to Chinese apart, and leaves Latin text alone', () => {
    expect(spaceWords('约5分钟，读完', segmenter)).toBe('约 5 分钟 ， 读 完');
    expect(spaceWords('Hello, world! Astro 7', segmenter)).toBe('Hello, world! Astro 7');
    expect(spaceWords('', segmenter)).toBe('');
  });

  test('never doubles a space that is already there', () => {
    expect(spaceWords('学习 党章', segmenter)).toBe('学习 党章');
    expect(spaceWords('学习\n党章', segmenter)).toBe('学习\n党章');
  });
});

describe('spaceWordsInEscapedText', () => {
  test('keeps character references whole', () => {
    expect(spaceWordsInEscapedText('甲&amp;乙&lt;丙&#x4e2d;', segmenter)).toBe('甲 &amp; 乙 &lt; 丙 &#x4e2d;');
    expect(spaceWordsInEscapedText('A &amp; B', segmenter)).toBe('A &amp; B');
  });
});

describe('joinChineseSpaces', () => {
  test('gives back the text as written', () => {
    for (const text of ['三会一课，要按时开展。', '约5分钟读完', '传帮带是好传统', '学习《党章》的体会：一、二、三']) {
      expect(joinChineseSpaces(spaceWords(text, segmenter))).toBe(text);
    }
  });

  test('looks through tags and keeps spaces between Latin words', () => {
    expect(joinChineseSpaces('在 <mark>发言</mark> 中 说 ， Hello world')).toBe('在<mark>发言</mark>中说，Hello world');
    expect(joinChineseSpaces('use <mark>Astro</mark> now')).toBe('use <mark>Astro</mark> now');
    // Pagefind puts ". " after a heading.
    expect(joinChineseSpaces('学习 体会. 支部 召开')).toBe('学习体会. 支部召开');
  });
});

describe('indexablePage', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><title>标题</title><script>var a = "中国";</script></head><body><nav>导航</nav>${body}<footer>页脚</footer></body></html>`;

  test('keeps only the indexed element, its attributes untouched and its words apart', () => {
    const html = page('<article data-pagefind-body data-pagefind-meta="title:甲>乙" class="x"><h1>学习党章</h1><p>三会一课<b>制度</b></p></article>');
    const out = indexablePage(html, segmenter)!;
    expect(out).toContain('<article data-pagefind-body data-pagefind-meta="title:甲>乙" class="x">');
    expect(out).toContain('<h1>学习 党章</h1>');
    // Pagefind joins text across an inline tag; a space keeps 一课 and 制度 apart.
    expect(words(out.replace(/<[^>]+>/g, ''))).toContain('制度');
    expect(out).not.toContain('导航');
    expect(out).not.toContain('页脚');
    expect(out).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
  });

  test('reads nested elements of the same name, comments and scripts', () => {
    const html = page('<article data-pagefind-body><article>内文</article><!-- 注释 <p> --><script>const s = "<p>中国</p>";</script>结尾</article><p>外面</p>');
    const out = indexablePage(html, segmenter)!;
    expect(out).toContain('<script>const s = "<p>中国</p>";</script>');
    expect(out).toContain('结尾');
    expect(out).not.toContain('注释');
    expect(out).not.toContain('外面');
  });

  test('a page without an indexed element gives nothing', () => {
    expect(indexablePage(page('<main>正文</main>'), segmenter)).toBeNull();
  });
});
