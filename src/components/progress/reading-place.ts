import type { ProgressStore } from '../../lib/progress/store.ts';
import { wholePercent } from '../../lib/progress-view/format.ts';
import { readFraction, scrollTopFor, worthResuming } from '../../lib/progress-view/reading-position.ts';

interface Parts {
  store: ProgressStore;
  key: string;
  /** The entry's text, whose share scrolled past is the reading position. */
  article: HTMLElement | null;
  /** The reading bar at the top of the page, if the page shows one. */
  bar: HTMLProgressElement | null;
  /** 继续阅读（上次读到 N%）. */
  resume: HTMLButtonElement;
  /** Called once, when the end of the text is first reached. */
  onEndReached: () => void;
}

/**
 * Where the reader is in an entry, for <kb-entry-progress>: the reading bar, the saved position
 * (stored whenever it moves by 1 %), 继续阅读 back to the place of an earlier visit (at once
 * with `#continue`), and whether the end of the text has been reached.
 */
export class ReadingPlace {
  /** Whether the end of the text has shown on screen during this visit. */
  reachedEnd = false;
  private readonly savedPlace: number;
  private lastSaved = -1;

  constructor(private readonly parts: Parts) {
    this.savedPlace = parts.store.get(parts.key).scroll;
  }

  private geometry() {
    const rect = this.parts.article?.getBoundingClientRect();
    return {
      scrollY: window.scrollY,
      viewportHeight: window.innerHeight,
      top: (rect?.top ?? 0) + window.scrollY,
      height: rect?.height ?? 0,
    };
  }

  /** Follows a scroll or resize: the bar, the end of the text, 继续阅读 and the saved position. */
  update(): void {
    const { store, key, bar, resume } = this.parts;
    const g = this.geometry();
    const fraction = readFraction(g);
    if (bar) bar.value = wholePercent(fraction);
    // The end of the text is reached once its marker has shown, or been scrolled past in one jump
    // (End, a fling): 学习心得 and the page's footer follow it.
    const end = document.querySelector('[data-entry-end]');
    if (!this.reachedEnd && (end ? end.getBoundingClientRect().top <= g.viewportHeight : fraction >= 0.99)) {
      this.reachedEnd = true;
      this.parts.onEndReached();
    }
    if (!resume.hidden && fraction >= this.savedPlace) resume.hidden = true;
    if (g.scrollY > 0 && Math.abs(fraction - this.lastSaved) >= 0.01) {
      this.lastSaved = fraction;
      store.setScroll(key, fraction);
    }
  }

  /** Offers 继续阅读 when an earlier visit got well into the text; goes there at once for #continue. */
  offerResume(): void {
    const current = readFraction(this.geometry());
    if (!worthResuming(this.savedPlace, current)) return;
    if (location.hash === '#continue') {
      this.restore();
      return;
    }
    this.parts.resume.textContent = `继续阅读（上次读到 ${wholePercent(this.savedPlace)}%）`;
    this.parts.resume.hidden = false;
  }

  /** Scrolls back to the saved place and moves keyboard focus to the paragraph there. */
  restore(): void {
    const top = scrollTopFor(this.savedPlace, this.geometry());
    window.scrollTo({ top, behavior: 'instant' });
    this.parts.resume.hidden = true;
    const target = [...(this.parts.article?.querySelectorAll<HTMLElement>('.kb-prose > *') ?? [])].find(
      (node) => node.getBoundingClientRect().top >= 0,
    );
    if (target) {
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  }
}
