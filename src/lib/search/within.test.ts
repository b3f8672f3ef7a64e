import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TimeoutError, within } from './within.ts';

describe('within', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('passes on what settles in time, value or error', async () => {
    await expect(within(Promise.resolve(3), 100)).resolves.toBe(3);
    await expect(within(Promise.reject(new Error('gone')), 100)).rejects.toThrow('gone');
  });

  test('gives up on work that never settles', async () => {
    const never = new Promise<number>(() => {});
    const answer = within(never, 15_000);
    const check = expect(answer).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(15_000);
    await check;
  });

  test('a late answer after the limit changes nothing', async () => {
    let finish!: (n: number) => void;
    const late = within(new Promise<number>((resolve) => (finish = resolve)), 10);
    const check = expect(late).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(10);
    finish(1);
    await check;
  });
});
