import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../site.config.ts';
import { canAutoMarkRead, requiredActiveSeconds } from './auto-read.ts';

describe('requiredActiveSeconds', () => {
  test('30% of the reading time at 400 characters a minute', () => {
    expect(requiredActiveSeconds(4000, 400)).toBe(180); // 10 min → 180 s
    expect(requiredActiveSeconds(2000, 400)).toBe(90);
  });

  test('the reading speed is the one the pages state (约 N 分钟), from the site configuration', () => {
    expect(requiredActiveSeconds(4000)).toBe(Math.ceil((4000 / siteConfig.charsPerMinute) * 60 * 0.3));
    expect(requiredActiveSeconds(4000, 200)).toBe(300);
  });

  test('clamped to 10–300 seconds', () => {
    expect(requiredActiveSeconds(0)).toBe(10);
    expect(requiredActiveSeconds(100)).toBe(10);
    expect(requiredActiveSeconds(50_000)).toBe(300);
    expect(requiredActiveSeconds(Number.NaN)).toBe(10);
  });
});

describe('canAutoMarkRead', () => {
  test('ok once the end is reached with enough active time', () => {
    expect(canAutoMarkRead({ reachedEnd: true, activeSeconds: 90, chars: 2000 })).toEqual({ ok: true });
  });

  test('says how many seconds are still needed', () => {
    expect(canAutoMarkRead({ reachedEnd: true, activeSeconds: 30.5, chars: 2000 })).toEqual({
      ok: false,
      code: 'too-fast',
      remainingSeconds: 60,
      message: '还需阅读约 60 秒',
    });
  });

  test('not before the end of the article', () => {
    expect(canAutoMarkRead({ reachedEnd: false, activeSeconds: 999, chars: 2000 })).toMatchObject({
      ok: false,
      code: 'not-at-end',
      remainingSeconds: 0,
    });
  });
});
