import { describe, expect, it } from 'vitest';
import { createAnchor, resolveAnchor, similarity } from './anchor.ts';

const TEXT = '第一段：学习是一种习惯。\n第二段：坚持每天读一点，积少成多。\n第三段：学习是一种习惯，也是一种责任。';

function anchorOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  return createAnchor(text, start, start + quote.length);
}

describe('createAnchor', () => {
  it('keeps the quote, its context and its position', () => {
    const a = anchorOf(TEXT, '坚持每天读一点');
    expect(a.exact).toBe('坚持每天读一点');
    expect(TEXT.slice(a.start, a.end)).toBe(a.exact);
    expect(a.prefix.endsWith('第二段：')).toBe(true);
    expect(a.suffix.startsWith('，积少成多')).toBe(true);
  });
  it('refuses empty or out-of-range selections', () => {
    expect(() => createAnchor(TEXT, 3, 3)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, -1, 2)).toThrow(RangeError);
    expect(() => createAnchor(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
  it('never splits an emoji', () => {
    const text = '读书👍很好';
    const a = createAnchor(text, 3, 5); // starts inside the surrogate pair
    expect(a.exact).toBe('👍很');
    expect(resolveAnchor(text, a)).toEqual({ status: 'exact', start: 2, end: 5 });
  });
});

describe('resolveAnchor', () => {
  it('finds an unchanged passage where it was', () => {
    const a = anchorOf(TEXT, '积少成多');
    expect(resolveAnchor(TEXT, a)).toEqual({ status: 'exact', start: a.start, end: a.end });
  });

  it('re-attaches a passage that moved', () => {
    const a = anchorOf(TEXT, '坚持每天读一点');
    const edited = `前言：新增的一段说明文字。\n${TEXT}`;
    const r = resolveAnchor(edited, a);
    expect(r.status).toBe('moved');
    if (r.status !== 'orphaned') expect(edited.slice(r.start, r.end)).toBe('坚持每天读一点');
  });

  it('tells repeated phrases apart by their context', () => {
    const second = anchorOf(TEXT, '学习是一种习惯', 1);
    const first = anchorOf(TEXT, '学习是一种习惯', 0);
    expect(resolveAnchor(TEXT, second)).toMatchObject({ status: 'exact', start: second.start });
    expect(resolveAnchor(TEXT, first)).toMatchObject({ status: 'exact', start: first.start });
    // Both move down; each still finds its own occurrence.
    const edited = `插入一行。\n${TEXT}`;
    expect(resolveAnchor(edited, second)).toMatchObject({ status: 'moved', start: second.start + 6 });
    expect(resolveAnchor(edited, first)).toMatchObject({ status: 'moved', start: first.start + 6 });
  });

  it('keeps a note across paragraph boundaries', () => {
    const a = anchorOf(TEXT, '习惯。\n第二段');
    expect(a.exact).toContain('\n');
    const edited = TEXT.replace('第一段', '第 1 段');
    const r = resolveAnchor(edited, a);
    expect(r.status).toBe('moved');
    if (r.status !== 'orphaned') expect(edited.slice(r.start, r.end)).toBe('习惯。\n第二段');
  });

  it('re-attaches a slightly changed passage', () => {
    const a = anchorOf(TEXT, '坚持每天读一点，积少成多');
    const edited = TEXT.replace('坚持每天读一点，积少成多', '坚持每天读一点儿，积少成多');
    const r = resolveAnchor(edited, a);
    expect(r.status).toBe('fuzzy');
    if (r.status !== 'orphaned') expect(similarity(edited.slice(r.start, r.end), a.exact)).toBeGreaterThan(0.8);
  });

  it('marks a deleted passage 原文已修改 (orphaned) instead of attaching it elsewhere', () => {
    const a = anchorOf(TEXT, '坚持每天读一点，积少成多');
    const edited = TEXT.replace('第二段：坚持每天读一点，积少成多。\n', '');
    expect(resolveAnchor(edited, a)).toEqual({ status: 'orphaned' });
  });

  it('handles full-width characters and emoji around the quote', () => {
    const text = 'ＡＢＣ全角字母🙂表情，然后是正文。';
    const a = anchorOf(text, '表情，然后');
    const edited = `🎉🎉${text}`;
    const r = resolveAnchor(edited, a);
    expect(r).toMatchObject({ status: 'moved' });
    if (r.status !== 'orphaned') expect(edited.slice(r.start, r.end)).toBe('表情，然后');
  });

  it('compares after NFC normalisation', () => {
    const text = 'café 学习';
    const a = createAnchor(text, 0, 4);
    expect(resolveAnchor('cafe\u0301 学习', a)).toMatchObject({ status: 'exact' });
  });
});
