import type { ProgressStore } from '../../lib/progress/store.ts';
import { ActiveTime } from '../../lib/progress-view/active-time.ts';

const TICK_MS = 1000;
/** Active seconds between saves of the running total (it is also saved when the page is hidden). */
const SAVE_EVERY_SECONDS = 15;
const INPUT_EVENTS = ['wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'] as const;

/** Adds a listener that the owning element removes when it leaves the page. */
export type Listen = (target: EventTarget, type: string, listener: () => void) => void;

/**
 * An entry page's reading clock for <kb-entry-progress>: counts active reading (the page in front
 * and the reader doing something within the last minute, see ActiveTime) into the store while the
 * entry is not yet read, saving the running total every 15 s and when the page is hidden.
 * `onTick` runs every second after the time is credited.
 */
export class ReadingClock {
  private tracker = new ActiveTime(Date.now());
  private sinceSave = 0;
  private timer: number | undefined;

  constructor(
    private readonly store: ProgressStore,
    private readonly key: string,
    private readonly onTick: () => void,
  ) {}

  /** Starts counting; `listen` registers listeners that the element removes when it leaves. */
  start(listen: Listen): void {
    const active = () => this.tracker.input(Date.now());
    // Scrolling itself is not input: the browser also scrolls on its own (scroll anchoring when
    // the note above changes length), which would keep an idle reader's clock running. Wheel,
    // keys, pointer and touch cover every way a reader scrolls.
    for (const type of INPUT_EVENTS) listen(window, type, active);
    listen(document, 'visibilitychange', () => {
      const now = Date.now();
      if (document.visibilityState === 'hidden') this.credit(this.tracker.tick(now, true));
      else {
        this.tracker.tick(now, false);
        this.tracker.input(now);
      }
    });
    this.timer = window.setInterval(() => {
      this.credit(this.tracker.tick(Date.now(), document.visibilityState === 'visible'));
      this.onTick();
    }, TICK_MS);
  }

  stop(): void {
    window.clearInterval(this.timer);
  }

  /** Whether the clock stands still now: the page is hidden, or the reader has been idle a minute. */
  paused(): boolean {
    return document.visibilityState !== 'visible' || this.tracker.idle(Date.now());
  }

  /** Adds active seconds while the entry is not yet read, saving the running total now and then. */
  private credit(seconds: number) {
    if (seconds <= 0 || this.store.get(this.key).status === 'read') return;
    this.store.addActiveSeconds(this.key, seconds);
    this.sinceSave += seconds;
    if (this.sinceSave >= SAVE_EVERY_SECONDS) {
      this.sinceSave = 0;
      this.store.flush();
    }
  }
}
