import { describe, expect, test } from 'vitest';
import { decodeIndexed, encodeForIndex, hanToken, normalizeText } from './han-text.ts';

describe('encodeForIndex', () => {
  const t = (a: string, b?: string) => (b ? hanToken(a, b) : `${hanToken(a)}z`);
  test('writes a Han run as its overlapping pairs, closed by its last character', () => {
    expect(encodeForIndex('业务技能')).toBe([t('业', '务'), t('务', '技'), t('技', '能'), t('能')].join(' '));
  });
  test('a character is q and its code point in four base-36 digits; the one closing a run ends in z', () => {
    expect(hanToken('业')).toBe('q0ffe');
    expect(hanToken('业', '务')).toBe('q0ffe0gbl');
    expect(encodeForIndex('业')).toBe('q0ffez');
  });
  test('no token is a prefix of a pair, so a pair missing from the index finds nothing else', () => {
    const tokens = encodeForIndex('网格，格通的网格员').split(' ');
    for (const pair of [hanToken('格', '通'), hanToken('网', '格'), hanToken('格', '员')]) {
      expect(tokens.filter((w) => w !== pair && pair.startsWith(w))).toEqual([]);
    }
  });
  test('punctuation, Latin words and digits end a run and stay as written', () => {
    expect(encodeForIndex('学习AI编程，2026年。')).toBe(`${t('学', '习')} ${t('习')} AI ${t('编', '程')} ${t('程')} ，2026 ${t('年')} 。`);
  });
  test('full-width Latin letters, digits and spaces are folded; Chinese punctuation is kept', () => {
    expect(normalizeText('ＡＩ　２０２６，')).toBe('AI 2026，');
  });
  test('a word with inner capitals is indexed in small letters, so AI does not find OpenAI', () => {
    expect(encodeForIndex('用 OpenAI 和 AI')).toBe(`${t('用')} openai qz${(0b110001).toString(36)} ${t('和')} AI`);
  });
  test('characters outside the basic plane are kept whole', () => {
    expect(encodeForIndex('𠮷野家')).toBe(`${t('𠮷', '野')} ${t('野', '家')} ${t('家')}`);
  });
});

describe('decodeIndexed', () => {
  const cases = [
    '支部坚持三会一课制度，传帮带结对学习党章党规。',
    '姓名：李红梅 · 荣誉称号：优秀共产党员',
    'AI 编程与 OpenAI 的关系',
    '用iPhone和JavaScript写PowerPoint',
    '2026年5月12日，市统计局数据处党支部开展“数智党建”学习。',
    '𠮷野家的年',
    'English only, with spaces.',
    '一',
  ];
  test.each(cases)('reads %s back from its encoding', (text) => {
    const back = decodeIndexed(encodeForIndex(text));
    expect(back.replace(/ /g, '')).toBe(normalizeText(text).replace(/ /g, ''));
  });
  test('an ordinary word that looks like a token stays a word', () => {
    expect(decodeIndexed('quiet qzzzz q0000 text')).toBe('quiet qzzzz q0000 text');
  });
  test('keeps the spaces between Latin words', () => {
    expect(decodeIndexed(encodeForIndex('read the OpenAI docs'))).toBe('read the OpenAI docs');
  });
});
