import { EMPTY_RECORD, MAX_ACTIVE_SECONDS, isContentHash, type ProgressRecord } from './types.ts';

/*
 * Pure record transitions. Each takes the current record (or undefined for none) and an ISO
 * time, and returns a new frozen record. The store wires them to storage.
 */

/** Largest single `addActiveSeconds` step accepted; a bigger step means a sleeping laptop, not reading. */
export const MAX_SECONDS_PER_STEP = 3600;

function freeze(record: ProgressRecord): ProgressRecord {
  return Object.freeze(record);
}

/** Opening an entry: 未读 becomes 在读; 已读 stays 已读. Sets first and last opened times. */
export function withOpened(record: ProgressRecord | undefined, at: string): ProgressRecord {
  const r = record ?? EMPTY_RECORD;
  return freeze({
    ...r,
    status: r.status === 'unread' ? 'reading' : r.status,
    firstOpenedAt: r.firstOpenedAt ?? at,
    lastOpenedAt: at,
  });
}

/** Reading activity on an entry never opened counts as opening it (without moving lastOpenedAt). */
function touched(record: ProgressRecord | undefined, at: string): ProgressRecord {
  const r = record ?? EMPTY_RECORD;
  return r.status === 'unread' || r.lastOpenedAt === null ? withOpened(r, r.lastOpenedAt ?? at) : r;
}

/** Records the scroll position, clamped to 0..1. Returns null when `fraction` is not a number. */
export function withScroll(record: ProgressRecord | undefined, fraction: number, at: string): ProgressRecord | null {
  if (typeof fraction !== 'number' || Number.isNaN(fraction)) return null;
  return freeze({ ...touched(record, at), scroll: Math.min(1, Math.max(0, fraction)) });
}

/**
 * Adds active reading seconds. Returns null for a step that is not a positive finite number
 * or exceeds MAX_SECONDS_PER_STEP; the total is capped at MAX_ACTIVE_SECONDS.
 */
export function withActiveSeconds(record: ProgressRecord | undefined, seconds: number, at: string): ProgressRecord | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_SECONDS_PER_STEP) return null;
  const r = touched(record, at);
  return freeze({ ...r, activeSeconds: Math.min(MAX_ACTIVE_SECONDS, r.activeSeconds + seconds) });
}

/**
 * Marks an entry 已读 with the hash of the content as read. An entry read before keeps its
 * first `readAt`, so its 学时 stay in the period they were earned; the hash is refreshed,
 * which clears 有更新.
 */
export function withRead(record: ProgressRecord | undefined, contentHash: string | null, at: string): ProgressRecord {
  const r = touched(record, at);
  return freeze({
    ...r,
    status: 'read',
    readAt: r.status === 'read' && r.readAt ? r.readAt : at,
    contentHash: isContentHash(contentHash) ? contentHash : null,
  });
}

/**
 * Marks an entry 未读 again: clears the read time, hash, scroll and active seconds (so the
 * automatic rule starts over) but keeps when it was opened and any attendance.
 */
export function withUnread(record: ProgressRecord | undefined): ProgressRecord {
  const r = record ?? EMPTY_RECORD;
  return freeze({ ...r, status: 'unread', readAt: null, contentHash: null, scroll: 0, activeSeconds: 0 });
}

/** Sets or clears 我参加了. Setting it again keeps the first `attendedAt`. */
export function withAttended(record: ProgressRecord | undefined, attended: boolean, at: string): ProgressRecord {
  const r = record ?? EMPTY_RECORD;
  if (!attended) return freeze({ ...r, attended: false, attendedAt: null });
  return freeze({ ...r, attended: true, attendedAt: r.attended && r.attendedAt ? r.attendedAt : at });
}

/**
 * 有更新: the entry was read, the hash at read time is known, and the current content hash
 * differs. Records read before hashes existed (migrated from v1) never show 有更新.
 */
export function isUpdatedSince(record: ProgressRecord | undefined, currentHash: string | null | undefined): boolean {
  return (
    record !== undefined &&
    record.status === 'read' &&
    record.contentHash !== null &&
    isContentHash(currentHash) &&
    record.contentHash !== currentHash
  );
}
