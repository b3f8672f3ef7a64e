import { describe, expect, test } from 'vitest';
import { readFraction, scrollTopFor, worthResuming } from './reading-position.ts';

describe('reading position', () => {
  const g = { viewportHeight: 800, top: 200, height: 3000 };
  test('readFraction is the share of the article above the bottom of the window', () => {
    expect(readFraction({ ...g, scrollY: 0 })).toBeCloseTo(0.2);
    expect(readFraction({ ...g, scrollY: 2400 })).toBe(1);
    expect(readFraction({ ...g, height: 0, scrollY: 0 })).toBe(1);
  });
  test('scrollTopFor brings the reader back to the same fraction', () => {
    const y = scrollTopFor(0.6, g);
    expect(readFraction({ ...g, scrollY: y })).toBeCloseTo(0.6, 2);
    expect(scrollTopFor(0.1, g)).toBe(0);
  });
  test('worthResuming only for a place further on and not at the end', () => {
    expect(worthResuming(0.6, 0.2)).toBe(true);
    expect(worthResuming(0.22, 0.2)).toBe(false);
    expect(worthResuming(1, 0.2)).toBe(false);
    expect(worthResuming(0.05, 0)).toBe(false);
  });
});
