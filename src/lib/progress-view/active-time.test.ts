import { describe, expect, test } from 'vitest';
import { ActiveTime, IDLE_AFTER_MS, MAX_STEP_MS } from './active-time.ts';

describe('ActiveTime', () => {
  test('counts visible time while the reader keeps doing something', () => {
    const t = new ActiveTime(0);
    expect(t.tick(1000, true)).toBe(1);
    expect(t.tick(2000, false)).toBe(0);
    t.input(2500);
    expect(t.tick(3000, true)).toBe(1);
  });

  test('stops counting a minute after the last input', () => {
    const t = new ActiveTime(0);
    let total = 0;
    for (let now = 1000; now <= 120_000; now += 1000) total += t.tick(now, true);
    expect(total).toBe(IDLE_AFTER_MS / 1000);
    expect(t.idle(120_000)).toBe(true);
    t.input(120_500);
    expect(t.idle(121_000)).toBe(false);
    expect(t.tick(121_000, true)).toBe(1);
  });

  test('credits at most a few seconds for one long step (a sleeping computer)', () => {
    const t = new ActiveTime(0);
    t.input(30_000);
    expect(t.tick(40_000, true)).toBe(MAX_STEP_MS / 1000);
    expect(new ActiveTime(0).tick(Number.NaN, true)).toBe(0);
  });
});
