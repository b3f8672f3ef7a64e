import { describe, expect, it } from 'vitest';
import { noteSchema, reflectionSchema } from './schema.ts';

const good = {
  id: 'n-abc123',
  entry: 'theory/2026-03-foo',
  kind: 'note',
  anchor: { exact: '学习', prefix: '', suffix: '', start: 0, end: 2 },
  body: '<b>不是 HTML</b>',
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  deletedAt: null,
};

describe('noteSchema', () => {
  it('accepts a note, keeping markup as plain text', () => {
    expect(noteSchema.parse(good).body).toBe('<b>不是 HTML</b>');
  });
  it.each([
    ['an unknown entry', { ...good, entry: 'evil/../x' }],
    ['an empty quote', { ...good, anchor: { ...good.anchor, exact: '' } }],
    ['end before start', { ...good, anchor: { ...good.anchor, start: 5, end: 2 } }],
    ['an over-long note', { ...good, body: '字'.repeat(2001) }],
    ['a bad time', { ...good, updatedAt: '昨天' }],
    ['an unknown kind', { ...good, kind: 'comment' }],
  ])('refuses %s', (_, value) => {
    expect(noteSchema.safeParse(value).success).toBe(false);
  });
});

describe('reflectionSchema', () => {
  it('accepts a plan reflection and refuses an over-long one', () => {
    const r = { entry: 'plans/2026-spring', text: '心得', updatedAt: '2026-03-01T00:00:00Z', deletedAt: null };
    expect(reflectionSchema.safeParse(r).success).toBe(true);
    expect(reflectionSchema.safeParse({ ...r, text: '字'.repeat(5001) }).success).toBe(false);
  });
});
