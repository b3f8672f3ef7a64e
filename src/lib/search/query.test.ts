import { describe, expect, test } from 'vitest';
import { hanToken } from './han-text.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  containsAll,
  findTerm,
  occurrenceStarts,
  pagefindLookups,
  parseQuery,
  type SearchTerm,
} from './query.ts';

const han = (text: string): SearchTerm => ({ text, kind: 'han' });
const word = (text: string): SearchTerm => ({ text, kind: 'word' });

describe('parseQuery', () => {
  test('a Chinese query is one substring term, whatever a word splitter would make of it', () => {
    expect(parseQuery('务技能').terms).toEqual([han('务技能')]);
  });
  test('spaces separate terms that must all occur', () => {
    expect(parseQuery('党章 学习').terms).toEqual([han('党章'), han('学习')]);
  });
  test('Chinese and Latin split where they meet: AI编程 is AI 编程', () => {
    expect(parseQuery('AI编程').terms).toEqual(parseQuery('AI 编程').terms);
    expect(parseQuery('AI编程').terms).toEqual([word('ai'), han('编程')]);
  });
  test('punctuation separates terms and is never searched', () => {
    expect(parseQuery('党章，党规。').terms).toEqual([han('党章'), han('党规')]);
  });
  test('quotes change nothing: every term is already matched as written', () => {
    expect(parseQuery('“三会一课”')).toEqual(parseQuery('三会一课'));
    expect(parseQuery('“三会一课”').shown).toBe('三会一课');
    expect(parseQuery('"AI"').terms).toEqual([word('ai')]);
  });
  test('full-width letters and digits are read as ordinary ones', () => {
    expect(parseQuery('ＡＩ　２０２６').terms).toEqual([word('ai'), word('2026')]);
  });
  test('a term inside a longer one of the same query adds nothing', () => {
    expect(parseQuery('技能 业务技能').terms).toEqual([han('业务技能')]);
  });
  test('repeated terms count once', () => {
    expect(parseQuery('学习 学习').terms).toEqual([han('学习')]);
  });
  test('says when nothing is left to search', () => {
    expect(parseQuery('   ').problem).toBe('empty');
    expect(parseQuery('，。！').problem).toBe('no-words');
  });
  test('markup is text to look for, never anything else', () => {
    expect(parseQuery('<img src=x onerror=alert(1)>').terms.map((t) => t.text)).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });
  test('cuts a very long query and says so', () => {
    const q = parseQuery('学'.repeat(MAX_QUERY_LENGTH + 50));
    expect(q.truncated).toBe(true);
    expect([...q.terms[0]!.text].length).toBe(MAX_QUERY_LENGTH);
  });
  test('keeps at most MAX_TERMS terms and says so', () => {
    const q = parseQuery('a b c d e f g h i j');
    expect(q.terms.length).toBe(MAX_TERMS);
    expect(q.truncated).toBe(true);
  });
  test('removes control characters', () => {
    expect(parseQuery('党\u0000章\u200b').terms).toEqual([han('党'), han('章')]);
  });
});

describe('pagefindLookups', () => {
  const t = (c: string) => hanToken(c);
  const pair = (a: string, b: string) => hanToken(a, b);
  test('one character: a prefix search (each character starts a token of its run)', () => {
    expect(pagefindLookups(han('务'))).toEqual({ exact: null, loose: t('务'), span: 1 });
  });
  test('two characters: their pair, which no longer token extends', () => {
    expect(pagefindLookups(han('技能'))).toEqual({ exact: null, loose: pair('技', '能'), span: 1 });
  });
  test('more, each character once: the pairs loose, which must stand together', () => {
    expect(pagefindLookups(han('务技能'))).toEqual({ exact: null, loose: `${pair('务', '技')} ${pair('技', '能')}`, span: 2 });
  });
  test('more, a character twice: also the exact phrase of its pairs', () => {
    const p = [pair('党', '章'), pair('章', '党'), pair('党', '规')].join(' ');
    expect(pagefindLookups(han('党章党规'))).toEqual({ exact: `"${p}"`, loose: p, span: 3 });
  });
  test('a Latin word: exact, not a prefix', () => {
    expect(pagefindLookups(word('ai'))).toEqual({ exact: '"ai"', loose: 'ai', span: 1 });
  });
});

describe('occurrenceStarts', () => {
  test('runs of consecutive positions as long as the term, in order, duplicates aside', () => {
    expect(occurrenceStarts([31, 4, 5, 30, 5, 12], 2)).toEqual([4, 30]);
  });
  test('a run twice as long holds two occurrences; a shorter one none', () => {
    expect(occurrenceStarts([1, 2, 3, 4, 10], 2)).toEqual([1, 3]);
    expect(occurrenceStarts([1, 3, 5], 2)).toEqual([]);
  });
  test('a span of one: every position', () => {
    expect(occurrenceStarts([8, 2], 1)).toEqual([2, 8]);
  });
});

describe('findTerm', () => {
  test('Chinese: any substring, across what a word splitter would call words', () => {
    expect(findTerm('提高业务技能水平', han('务技能'))).toEqual([3, 6]);
  });
  test('Latin: whole words only, case aside', () => {
    expect(findTerm('OpenAI 发布', word('ai'))).toBeNull();
    expect(findTerm('学习 AI 与 OpenAI', word('ai'))).toEqual([3, 5]);
    expect(findTerm('AI编程', word('ai'))).toEqual([0, 2]);
  });
  test('full-width text matches a half-width term', () => {
    expect(findTerm('使用ＡＩ助手', word('ai'))).toEqual([2, 4]);
  });
  test('containsAll needs every term', () => {
    expect(containsAll('业务技能培训', [han('技能'), han('培训')])).toBe(true);
    expect(containsAll('业务技能', [han('技能'), han('培训')])).toBe(false);
  });
});
