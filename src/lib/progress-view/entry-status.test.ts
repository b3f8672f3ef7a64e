import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD } from '../progress/types.ts';
import { collectionTally, entryBadges } from './entry-status.ts';
import { rec, read } from './test-fixtures.ts';

describe('entryBadges', () => {
  test('shows the reading state, 已参加 for attended training and 有更新 for changed content', () => {
    expect(entryBadges(EMPTY_RECORD, 'theory')).toEqual([{ label: '未读', tone: 'unread' }]);
    expect(entryBadges(undefined, 'training', 'sha256-aaaa')).toEqual([{ label: '未读', tone: 'unread' }]);
    expect(entryBadges(rec({ status: 'reading' }), 'theory').map((b) => b.label)).toEqual(['在读']);
    expect(entryBadges(read('2026-03-01T00:00:00Z'), 'theory', 'sha256-bbbb').map((b) => b.label)).toEqual(['已读', '有更新']);
    expect(entryBadges(read('2026-03-01T00:00:00Z'), 'theory', 'sha256-aaaa').map((b) => b.label)).toEqual(['已读']);
    expect(entryBadges(rec({ attended: true, attendedAt: '2026-03-01T00:00:00Z' }), 'training').map((b) => b.label)).toEqual(['已参加']);
  });
});

describe('collectionTally', () => {
  test('counts read entries, or attended training, among the collection only', () => {
    const records = new Map([
      ['theory/a', read('2026-03-01T00:00:00Z')],
      ['theory/b', rec({ status: 'reading' })],
      ['theory/gone', read('2026-03-01T00:00:00Z')],
      ['training/t', rec({ attended: true })],
    ]);
    expect(collectionTally('theory', ['theory/a', 'theory/b', 'theory/c'], records)).toEqual({ label: '已读', done: 1, total: 3 });
    expect(collectionTally('training', ['training/t', 'training/u'], records)).toEqual({ label: '已参加', done: 1, total: 2 });
  });
});
