/** Without input (scroll, keys, pointer, touch) for this long, the reader counts as away. */
export const IDLE_AFTER_MS = 60_000;
/** Longest gap credited between two ticks: a longer one means a sleeping computer or a throttled tab. */
export const MAX_STEP_MS = 5_000;

/**
 * Active reading time: time while the page is visible and the reader did something within
 * the last minute. Pure (the caller passes the clock), so it works with any timer and with
 * Playwright's fake clock. Call `input` on reader activity and `tick` from an interval.
 */
export class ActiveTime {
  private lastInput: number;
  private lastTick: number;

  constructor(now: number) {
    this.lastInput = now;
    this.lastTick = now;
  }

  /** The reader did something. */
  input(now: number): void {
    if (Number.isFinite(now)) this.lastInput = Math.max(this.lastInput, now);
  }

  /** Whether the reader has been idle longer than `IDLE_AFTER_MS`. */
  idle(now: number): boolean {
    return now - this.lastInput > IDLE_AFTER_MS;
  }

  /**
   * Seconds of active reading since the previous tick: none while hidden, none after the idle
   * limit, at most `MAX_STEP_MS` for one step. Hidden time is skipped, not saved for later.
   */
  tick(now: number, visible: boolean): number {
    if (!Number.isFinite(now)) return 0;
    const elapsed = now - this.lastTick;
    this.lastTick = now;
    if (!visible || !(elapsed > 0)) return 0;
    const from = now - Math.min(elapsed, MAX_STEP_MS);
    const until = Math.min(now, this.lastInput + IDLE_AFTER_MS);
    return Math.max(0, until - from) / 1000;
  }
}
