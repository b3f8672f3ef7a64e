import { describe, expect, test } from 'vitest';
import { parseFontScale, parseTheme, stepFontScale } from './preferences.ts';

describe('reader preferences', () => {
  test('steps the font scale within bounds', () => {
    expect(stepFontScale(1, 1)).toBe(1.125);
    expect(stepFontScale(1.5, 1)).toBe(1.5);
    expect(stepFontScale(0.875, -1)).toBe(0.875);
    expect(stepFontScale(7, -1)).toBe(0.875);
  });
  test('falls back for corrupted stored values', () => {
    expect(parseFontScale('abc')).toBe(1);
    expect(parseFontScale('1.25')).toBe(1.25);
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('<script>')).toBe('system');
  });
});
