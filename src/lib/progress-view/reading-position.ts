/** Where the article is on the page and how much of it the window shows, in CSS pixels. */
export interface ArticleGeometry {
  /** `window.scrollY`. */
  readonly scrollY: number;
  /** `window.innerHeight`. */
  readonly viewportHeight: number;
  /** Top of the article from the top of the document. */
  readonly top: number;
  /** Height of the article. */
  readonly height: number;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/**
 * How far through the article the reader is, 0..1: the share of the article above the bottom
 * of the window. A short article that fits in the window is at 1 at once.
 */
export function readFraction(g: ArticleGeometry): number {
  if (!(g.height > 0)) return 1;
  return clamp01((g.scrollY + g.viewportHeight - g.top) / g.height);
}

/** The `scrollY` that brings the reader back to `fraction` (the inverse of `readFraction`). */
export function scrollTopFor(fraction: number, g: Omit<ArticleGeometry, 'scrollY'>): number {
  return Math.max(0, Math.round(g.top + clamp01(fraction) * g.height - g.viewportHeight));
}

/** How far into an entry a reader must have got for it to count as being read (正在阅读, 继续阅读). */
export const STARTED_READING = 0.1;

/** Offer 继续阅读 when the saved place is meaningfully further on than where the page opened, and not the end. */
export function worthResuming(saved: number, current: number): boolean {
  return saved >= STARTED_READING && saved <= 0.97 && saved - current >= 0.05;
}
