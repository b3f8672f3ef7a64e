import { describe, expect, test } from 'vitest';
import { entryId } from './entry-id.ts';

describe('entryId', () => {
  test('uses the file name unless front matter gives an id', () => {
    expect(entryId('2026/abc-1.md', {})).toEqual({ ok: true, id: 'abc-1' });
    expect(entryId('党章.md', { id: 'dang-zhang' })).toEqual({ ok: true, id: 'dang-zhang' });
    expect(entryId('党章.md', {})).toEqual({ ok: false, reason: 'file-name', found: '党章' });
    expect(entryId('a.md', { id: 'A B' })).toEqual({ ok: false, reason: 'front-matter', found: 'A B' });
  });
});
