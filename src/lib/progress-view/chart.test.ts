import { describe, expect, test } from 'vitest';
import { monthlyChart, niceStep } from './chart.ts';

describe('monthlyChart', () => {
  test('scales bars to a round maximum with ticks', () => {
    const chart = monthlyChart([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7.5]);
    expect(chart.max).toBe(8);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[0]?.height).toBe(0);
    expect(chart.bars[11]!.height).toBeCloseTo(((chart.baseline - chart.box.top) * 7.5) / 8);
    expect(chart.bars[1]!.x).toBeGreaterThan(chart.bars[0]!.x);
  });
  test('an empty year still has a scale, and bad values draw as 0', () => {
    const chart = monthlyChart([Number.NaN, -1]);
    expect(chart.max).toBeGreaterThan(0);
    expect(chart.bars.every((b) => b.height === 0)).toBe(true);
    expect(niceStep(17)).toBe(5);
  });
});
