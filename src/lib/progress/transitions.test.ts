import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, MAX_ACTIVE_SECONDS, type ProgressRecord } from './types.ts';
import {
  MAX_SECONDS_PER_STEP,
  isUpdatedSince,
  withActiveSeconds,
  withAttended,
  withOpened,
  withRead,
  withScroll,
  withUnread,
} from './transitions.ts';

const T1 = '2026-03-01T01:00:00.000Z';
const T2 = '2026-03-02T01:00:00.000Z';
const T3 = '2026-03-03T01:00:00.000Z';
const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...r });

describe('withOpened', () => {
  test('first open: 在读 with first and last opened set', () => {
    expect(withOpened(undefined, T1)).toMatchObject({ status: 'reading', firstOpenedAt: T1, lastOpenedAt: T1 });
  });

  test('reopening keeps the first time and a read entry stays read', () => {
    const read = rec({ status: 'read', firstOpenedAt: T1, lastOpenedAt: T1, readAt: T1 });
    expect(withOpened(read, T2)).toMatchObject({ status: 'read', firstOpenedAt: T1, lastOpenedAt: T2 });
  });

  test('returns frozen records', () => {
    expect(Object.isFrozen(withOpened(undefined, T1))).toBe(true);
  });
});

describe('withScroll and withActiveSeconds', () => {
  test('clamp scroll to 0..1 and ignore NaN', () => {
    expect(withScroll(undefined, 1.7, T1)?.scroll).toBe(1);
    expect(withScroll(undefined, -1, T1)?.scroll).toBe(0);
    expect(withScroll(undefined, Number.NaN, T1)).toBeNull();
  });

  test('activity on an unopened entry opens it without moving lastOpenedAt later', () => {
    const r = withScroll(rec({ status: 'reading', firstOpenedAt: T1, lastOpenedAt: T1 }), 0.5, T2);
    expect(r).toMatchObject({ lastOpenedAt: T1, scroll: 0.5 });
    expect(withActiveSeconds(undefined, 5, T1)).toMatchObject({ status: 'reading', lastOpenedAt: T1, activeSeconds: 5 });
  });

  test('refuse bad or implausible steps and cap the total', () => {
    for (const bad of [0, -5, Number.POSITIVE_INFINITY, Number.NaN, MAX_SECONDS_PER_STEP + 1]) {
      expect(withActiveSeconds(undefined, bad, T1)).toBeNull();
    }
    expect(
      withActiveSeconds(rec({ activeSeconds: MAX_ACTIVE_SECONDS - 1, lastOpenedAt: T1, status: 'reading' }), 10, T1)?.activeSeconds,
    ).toBe(MAX_ACTIVE_SECONDS);
  });
});

describe('withRead and withUnread', () => {
  test('marking read stores time and hash', () => {
    expect(withRead(withOpened(undefined, T1), 'h1', T2)).toMatchObject({ status: 'read', readAt: T2, contentHash: 'h1' });
  });

  test('reading again keeps the first readAt so 学时 stay in their period, but refreshes the hash', () => {
    const first = withRead(undefined, 'h1', T1);
    expect(withRead(first, 'h2', T3)).toMatchObject({ readAt: T1, contentHash: 'h2' });
  });

  test('an invalid hash is not stored', () => {
    expect(withRead(undefined, '<img>', T1).contentHash).toBeNull();
  });

  test('marking unread resets reading progress but keeps open times and attendance', () => {
    const r = withUnread(
      rec({
        status: 'read',
        readAt: T2,
        firstOpenedAt: T1,
        lastOpenedAt: T2,
        scroll: 1,
        activeSeconds: 80,
        contentHash: 'h',
        attended: true,
        attendedAt: T1,
      }),
    );
    expect(r).toEqual(rec({ status: 'unread', firstOpenedAt: T1, lastOpenedAt: T2, attended: true, attendedAt: T1 }));
  });
});

describe('withAttended', () => {
  test('sets attendedAt once and clears it when withdrawn', () => {
    const on = withAttended(undefined, true, T1);
    expect(on).toMatchObject({ attended: true, attendedAt: T1 });
    expect(withAttended(on, true, T2).attendedAt).toBe(T1);
    expect(withAttended(on, false, T2)).toMatchObject({ attended: false, attendedAt: null });
  });
});

describe('isUpdatedSince', () => {
  const read = rec({ status: 'read', readAt: T1, contentHash: 'h1' });

  test('true only for a read record whose hash differs from the current one', () => {
    expect(isUpdatedSince(read, 'h2')).toBe(true);
    expect(isUpdatedSince(read, 'h1')).toBe(false);
    expect(isUpdatedSince(rec({ status: 'reading', contentHash: null }), 'h2')).toBe(false);
    expect(isUpdatedSince(undefined, 'h2')).toBe(false);
  });

  test('never for records without a stored hash or pages without one', () => {
    expect(isUpdatedSince(rec({ status: 'read', readAt: T1 }), 'h2')).toBe(false);
    expect(isUpdatedSince(read, null)).toBe(false);
    expect(isUpdatedSince(read, '')).toBe(false);
  });
});
