import { describe, expect, test } from 'vitest';
import { benchLedgerLoad } from './bench.ts';

describe('benchLedgerLoad', () => {
  test('loads and aggregates generated member files and reports the time', () => {
    const result = benchLedgerLoad(20);
    expect(result).toMatchObject({ members: 20, files: 20 });
    expect(result.ms).toBeGreaterThan(0);
  });
});
