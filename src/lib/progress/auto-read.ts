import { readingConfig } from '../../site.config.ts';

/** Share of the estimated reading time that must be spent actively before auto-marking 已读. */
export const ACTIVE_SHARE = 0.3;
export const MIN_ACTIVE_SECONDS = 10;
export const MAX_ACTIVE_SECONDS_REQUIRED = 300;

/**
 * Active reading seconds needed before an article may be marked 已读 automatically:
 * chars / (characters a reader gets through in a minute, as for 约 N 分钟 on the pages) minutes
 * × 60 × 0.3, rounded up and clamped to 10–300 s.
 */
export function requiredActiveSeconds(chars: number, perMinute: number = readingConfig.charsPerMinute): number {
  const safe = Number.isFinite(chars) && chars > 0 ? chars : 0;
  const seconds = Math.ceil((safe / perMinute) * 60 * ACTIVE_SHARE);
  return Math.min(MAX_ACTIVE_SECONDS_REQUIRED, Math.max(MIN_ACTIVE_SECONDS, seconds));
}

/** What the reader did on the page. */
export interface AutoReadInput {
  /** The end of the article came into view. */
  reachedEnd: boolean;
  /** Active reading seconds so far (record's `activeSeconds`). */
  activeSeconds: number;
  /** Article length in characters. */
  chars: number;
}

/** Either the article may be marked 已读 now, or why not (Chinese message for the page). */
export type AutoReadDecision = { ok: true } | { ok: false; code: 'not-at-end' | 'too-fast'; remainingSeconds: number; message: string };

/** Decides whether to mark an article 已读 automatically: end reached and enough active time. */
export function canAutoMarkRead(input: AutoReadInput): AutoReadDecision {
  const active = Number.isFinite(input.activeSeconds) && input.activeSeconds > 0 ? input.activeSeconds : 0;
  const remainingSeconds = Math.max(0, Math.ceil(requiredActiveSeconds(input.chars) - active));
  if (!input.reachedEnd) {
    return { ok: false, code: 'not-at-end', remainingSeconds, message: '读到文末后会自动记为已读' };
  }
  if (remainingSeconds > 0) {
    return { ok: false, code: 'too-fast', remainingSeconds, message: `还需阅读约 ${remainingSeconds} 秒` };
  }
  return { ok: true };
}
