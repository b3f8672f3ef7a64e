import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, characterQuery, parseQuery } from './query.ts';
import { excerptParts, highlightExcerpt, markTerms } from './highlight.ts';
import { containsAll, exactFirst, excerptAround, searchPageUrl, toResultView } from './results.ts';

describe('parseQuery', () => {
  test('keeps a plain Chinese query as typed', () => {
    expect(parseQuery('  三会一课 ')).toEqual({ text: '三会一课', terms: ['三会一课'], phrase: null, problem: null, truncated: false });
  });
  test('turns a quoted phrase into an exact-phrase search without quotes', () => {
    for (const raw of ['"三会一课"', '“三会一课”', '「三会一课」']) {
      expect(parseQuery(raw)).toMatchObject({ text: '三会一课', terms: ['三会一课'], phrase: '三会一课' });
    }
  });
  test('keeps mixed Chinese, digits and Latin letters', () => {
    expect(parseQuery('2026年 APP').terms).toEqual(['2026年', 'APP']);
    expect(parseQuery('12345热线').text).toBe('12345热线');
  });
  test('drops punctuation around words, keeps it inside phrases out of the terms', () => {
    expect(parseQuery('党章，党规').terms).toEqual(['党章，党规']);
    expect(parseQuery('《党章》 ！').terms).toEqual(['党章']);
  });
  test('says when nothing is left to search', () => {
    expect(parseQuery('').problem).toBe('empty');
    expect(parseQuery('   ').problem).toBe('empty');
    expect(parseQuery('，。！？……').problem).toBe('no-words');
    expect(parseQuery('!!! ???').problem).toBe('no-words');
  });
  test('cuts a very long query and says so', () => {
    const q = parseQuery('学'.repeat(1000));
    expect(q.truncated).toBe(true);
    expect([...q.text]).toHaveLength(MAX_QUERY_LENGTH);
  });
  test('treats markup as text to look for, never as anything else', () => {
    const q = parseQuery('<script>alert(1)</script>');
    expect(q.problem).toBeNull();
    expect(q.text).toContain('script');
  });
  test('removes control characters', () => {
    expect(parseQuery('党\u0000章\u200b').text).toBe('党 章');
  });
  test('the character fallback splits Chinese into single characters and keeps Latin words', () => {
    expect(characterQuery(parseQuery('传帮带 APP'))).toBe('传 帮 带 APP');
  });
});

describe('highlighting', () => {
  test('reads a Pagefind excerpt into text parts, decoding entities, never as HTML', () => {
    expect(excerptParts('把<mark>三会</mark><mark>一课</mark>开在&lt;一线&gt;')).toEqual([
      { text: '把', mark: false },
      { text: '三会一课', mark: true },
      { text: '开在<一线>', mark: false },
    ]);
  });
  test('marks whole terms when they occur verbatim, instead of single characters', () => {
    const parts = highlightExcerpt('<mark>传</mark><mark>帮</mark><mark>带</mark>结对，老<mark>带</mark>新', ['传帮带']);
    expect(parts).toEqual([
      { text: '传帮带', mark: true },
      { text: '结对，老带新', mark: false },
    ]);
  });
  test('keeps Pagefind’s marks when the term does not occur verbatim', () => {
    expect(highlightExcerpt('东岭<mark>市政</mark>务', ['政务服务'])).toEqual([
      { text: '东岭', mark: false },
      { text: '市政', mark: true },
      { text: '务', mark: false },
    ]);
  });
  test('highlights a compound Pagefind split differently', () => {
    expect(highlightExcerpt('走进东岭<mark>市政</mark>务<mark>服务</mark><mark>中心</mark>', ['政务服务中心']).filter((p) => p.mark)).toEqual([
      { text: '政务服务中心', mark: true },
    ]);
  });
  test('marks Latin terms case-insensitively and longest first', () => {
    expect(markTerms('用好app和APP', ['APP'])).toEqual([
      { text: '用好', mark: false },
      { text: 'app', mark: true },
      { text: '和', mark: false },
      { text: 'APP', mark: true },
    ]);
    expect(markTerms('12345热线', ['12345', '12345热线'])).toEqual([{ text: '12345热线', mark: true }]);
  });
  test('escapes terms that look like regular expressions', () => {
    expect(markTerms('a.b a+b', ['a+b'])).toEqual([
      { text: 'a.b ', mark: false },
      { text: 'a+b', mark: true },
    ]);
  });
});

describe('results', () => {
  const data = {
    url: '/kb/theory/abc/?highlight=%E4%B8%89',
    content: '支部召开 三会 一课 专题会',
    excerpt: '…',
    meta: { title: '支部学习', collection: '理论学习', date: '2026-03-12', origin: '第一党支部' },
  };
  test('links with the reader’s own terms so the target marks whole phrases', () => {
    const view = toResultView(data, ['三会一课']);
    expect(view.url).toBe('/kb/theory/abc/?highlight=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE');
    expect(view).toMatchObject({ title: '支部学习', collection: '理论学习', date: '2026-03-12', origin: '第一党支部', exact: true });
  });
  test('an exact match ignores the spaces Pagefind puts between segments', () => {
    expect(containsAll('三会 一课', ['三会一课'])).toBe(true);
    expect(containsAll('三会', ['三会一课'])).toBe(false);
  });
  test('exact matches come first, keeping order within each group', () => {
    const views = [{ id: 1, exact: false }, { id: 2, exact: true }, { id: 3, exact: false }, { id: 4, exact: true }];
    expect(exactFirst(views).map((v) => v.id)).toEqual([2, 4, 1, 3]);
  });
  test('shows the passage with the exact phrase when Pagefind’s excerpt shows another', () => {
    const view = toResultView({ ...data, excerpt: '支部<mark>召开</mark>专题会' }, ['三会一课']);
    expect(view.excerpt).toBe('支部召开<mark>三会一课</mark>专题会');
  });
  test('shows the text as written, without the spaces the index puts between words', () => {
    const view = toResultView({ ...data, content: '支部 召开 三会 一课 ， 学习 Astro 7 的 用法', excerpt: '支部 召开 <mark>三会</mark> 一课 ， 学习 Astro 7 的 用法' }, ['三会']);
    expect(view.excerpt).toBe('支部召开<mark>三会</mark>一课，学习Astro 7的用法');
  });
  test('cuts a long text around the phrase and escapes markup in it', () => {
    const text = `${'甲'.repeat(50)}<b>三会一课</b>${'乙'.repeat(50)}`;
    const excerpt = excerptAround(text, ['三会一课'], 20)!;
    expect(excerpt).toMatch(/^…甲+&lt;b&gt;<mark>三会一课<\/mark>&lt;\/b&gt;乙+…$/);
    expect(excerptAround('没有', ['三会一课'])).toBeNull();
  });
  test('builds the search page address under a base path', () => {
    expect(searchPageUrl('/kb/', '传帮带')).toBe('/kb/search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    expect(searchPageUrl('/', '')).toBe('/search/');
  });
});
