import { describe, expect, test } from 'vitest';
import { eachAtOnce } from './each-at-once.ts';

describe('eachAtOnce', () => {
  test('runs every item once, never more than the limit at a time, starting them in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await eachAtOnce([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      running -= 1;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  test('nothing to do, or a limit below one, still finishes', async () => {
    await expect(eachAtOnce([], 4, async () => {})).resolves.toBeUndefined();
    const seen: string[] = [];
    await eachAtOnce(['a', 'b'], 0, async (x) => void seen.push(x));
    expect(seen).toEqual(['a', 'b']);
  });

  test('a failing task rejects the whole run', async () => {
    await expect(
      eachAtOnce([1, 2], 2, async (n) => {
        if (n === 2) throw new Error('two');
      }),
    ).rejects.toThrow('two');
  });
});
