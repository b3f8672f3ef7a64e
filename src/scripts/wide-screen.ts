/**
 * Wide enough for two columns: Tailwind's `lg` breakpoint (64rem), which the styles use as `lg:`.
 * Scripts that place things differently there (the search filters, note cards beside the text)
 * ask this query, so the width is written once for them.
 */
export const WIDE_SCREEN = '(min-width: 64rem)';

/** The media query list for WIDE_SCREEN, to read `.matches` and follow `change`. */
export const wideScreen = (): MediaQueryList => matchMedia(WIDE_SCREEN);
