import { describe, expect, test } from 'vitest';
import { runInNewContext } from 'node:vm';
import { FONT_SCALE_KEY, THEME_KEY, parseFontScale, parseTheme, prePaintScript, stepFontScale } from './preferences.ts';

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

describe('prePaintScript (prefs.js)', () => {
  /** Runs the script against a stored theme and scale (or storage that throws) and a system preference. */
  function paint(stored: Record<string, string> | 'blocked', systemDark = false) {
    const props = new Map<string, string>();
    const root = { dataset: {} as Record<string, string>, style: { setProperty: (k: string, v: string) => props.set(k, v) } };
    const localStorage = {
      getItem: (key: string) => {
        if (stored === 'blocked') throw new Error('SecurityError');
        return stored[key] ?? null;
      },
    };
    const matchMedia = () => ({ matches: systemDark });
    runInNewContext(prePaintScript(), { document: { documentElement: root }, localStorage, matchMedia, window: { matchMedia } });
    return { theme: root.dataset.theme, scale: props.get('--kb-font-scale') };
  }
  test('applies what the controls saved, under the keys they use', () => {
    expect(paint({ [THEME_KEY]: 'dark', [FONT_SCALE_KEY]: '1.5' })).toEqual({ theme: 'dark', scale: '1.5' });
  });
  test('follows the system without a choice, and when storage is blocked', () => {
    expect(paint({}, true)).toEqual({ theme: 'dark', scale: '1' });
    expect(paint('blocked', false)).toEqual({ theme: 'light', scale: '1' });
  });
  test('a scale the control never writes is ignored', () => {
    expect(paint({ [FONT_SCALE_KEY]: '9' }).scale).toBe('1');
    expect(paint({ [FONT_SCALE_KEY]: '1.1' }).scale).toBe('1');
  });
});
