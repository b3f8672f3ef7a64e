import { describe, expect, test } from 'vitest';
import { excerpt, markTerms } from './excerpt.ts';
import type { SearchTerm } from './query.ts';

const han = (text: string): SearchTerm => ({ text, kind: 'han' });
const word = (text: string): SearchTerm => ({ text, kind: 'word' });
const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('excerpt', () => {
  const text = `${'前文内容，'.repeat(30)}。提高业务技能水平是支部的一项长期工作。${'后文内容，'.repeat(30)}`;
  test('centres on the first verbatim occurrence and marks the term as a whole', () => {
    const parts = excerpt(text, [han('务技能')]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['务技能']);
    expect(plain(parts).length).toBeLessThanOrEqual(82);
  });
  test('starts with the sentence the occurrence is in when it begins close enough', () => {
    const parts = excerpt(`${'前文内容，'.repeat(30)}三八红旗集体称号。支部荣获荣誉称号：先进集体。${'后文'.repeat(40)}`, [
      han('荣誉称号'),
    ]);
    expect(plain(parts).startsWith('支部荣获')).toBe(true);
  });
  test('never starts with punctuation', () => {
    for (let n = 0; n < 12; n++) {
      const parts = excerpt(`${'。，、'.repeat(n)}${text}`, [han('务技能')]);
      expect(plain(parts)).not.toMatch(/^[\p{P}\s]/u);
    }
  });
  test('shows the start of the text when the term is only in the title', () => {
    expect(plain(excerpt('支部学习。正文', [han('标题')]))).toBe('支部学习。正文');
  });
  test('marks a Latin word only where it stands as a word', () => {
    expect(markTerms('OpenAI 与 AI', [word('ai')])).toEqual([
      { text: 'OpenAI 与 ', mark: false },
      { text: 'AI', mark: true },
    ]);
  });
  test('marks overlapping terms as one', () => {
    expect(markTerms('三会一课', [han('三会'), han('会一课')])).toEqual([{ text: '三会一课', mark: true }]);
  });
});
