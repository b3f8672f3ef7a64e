/** Font scales the A− / A+ control steps through; 1 is the default. */
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.375, 1.5] as const;

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const THEME_KEY = 'xxyd:theme';
export const FONT_SCALE_KEY = 'xxyd:font-scale';

/** The next scale up (+1) or down (−1), staying inside the list; an unknown value starts from 1. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const at = FONT_SCALES.indexOf(current as (typeof FONT_SCALES)[number]);
  const from = at === -1 ? FONT_SCALES.indexOf(1) : at;
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, from + direction));
  return FONT_SCALES[next]!;
}

/** Reads a stored theme choice, falling back to following the system. */
export function parseTheme(value: unknown): ThemeChoice {
  return THEMES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
}

/** Reads a stored font scale, falling back to 1. */
export function parseFontScale(value: unknown): number {
  const n = Number(value);
  return FONT_SCALES.includes(n as (typeof FONT_SCALES)[number]) ? n : 1;
}

/**
 * prefs.js, which BaseLayout loads blocking in <head> (no inline script) to apply the saved theme
 * and font size before the page paints: written from the constants above, so it reads the keys
 * and accepts the scales the controls write. Tiny and dependency-free; storage may be blocked,
 * so every access is guarded.
 */
export function prePaintScript(): string {
  return `// Applies the reader's saved theme and font size before the page paints (src/lib/preferences.ts).
(function () {
  var root = document.documentElement;
  var theme = 'system';
  var scale = 1;
  try {
    theme = localStorage.getItem(${JSON.stringify(THEME_KEY)}) || 'system';
    scale = Number(localStorage.getItem(${JSON.stringify(FONT_SCALE_KEY)})) || 1;
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  if (${JSON.stringify(FONT_SCALES)}.indexOf(scale) === -1) scale = 1;
  root.dataset.theme = theme;
  root.style.setProperty('--kb-font-scale', String(scale));
})();
`;
}
