import type { EntryKey, ProgressRecord, ProgressSettings, ProgressState } from './types.ts';
import type { StorageLike } from './persistence.ts';
import type { PersistenceStatus } from './status.ts';
import type { SettingsPatch, SettingsResult } from './settings.ts';

export interface ProgressStoreOptions {
  /** `localStorage`, a test double, or null/undefined when storage could not even be reached. */
  storage: StorageLike | null | undefined;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
  /** Storage key; defaults to `xxyd:progress`. */
  key?: string;
}

/** State and saving status together, as handed to listeners. Same object until something changes. */
export interface ProgressSnapshot {
  readonly state: ProgressState;
  readonly status: PersistenceStatus;
}

export type ProgressListener = (snapshot: ProgressSnapshot) => void;

/** What `open` returns: the updated record and whether the content changed since it was read (有更新). */
export interface OpenResult {
  readonly record: ProgressRecord;
  readonly updated: boolean;
}

/**
 * The reading-progress store. No method throws. Methods taking an entry key ignore keys that
 * are not `<collection>/<id>` and return null. Records and maps handed out are never mutated.
 */
export interface ProgressStore {
  /** The record for an entry; `EMPTY_RECORD` (未读) when there is none. */
  get(key: EntryKey): ProgressRecord;
  /** Every record, keyed by entry key. */
  all(): ReadonlyMap<EntryKey, ProgressRecord>;
  /** Settings and records. */
  state(): ProgressState;
  /** State plus saving status (what listeners receive). */
  snapshot(): ProgressSnapshot;
  /** Whether records are being kept, and the notice to show when not. */
  status(): PersistenceStatus;
  settings(): ProgressSettings;
  /** Validates and saves settings at once; refuses the whole patch if any field is invalid. */
  setSettings(patch: SettingsPatch): SettingsResult;
  /** Page opened: 未读 → 在读, first/last opened times; saved at once. `updated` is 有更新 against `contentHash`. */
  open(key: EntryKey, contentHash?: string | null): OpenResult | null;
  /** Scroll fraction 0..1 (clamped). Kept in memory until `flush()`. */
  setScroll(key: EntryKey, fraction: number): ProgressRecord | null;
  /** Adds active reading seconds (a step of at most 3600). Kept in memory until `flush()`. */
  addActiveSeconds(key: EntryKey, seconds: number): ProgressRecord | null;
  /** 已读 with the hash of the content read; keeps the first `readAt`. Saved at once. */
  markRead(key: EntryKey, contentHash: string | null): ProgressRecord | null;
  /** Back to 未读 (clears readAt, hash, scroll, active seconds). Saved at once. */
  markUnread(key: EntryKey): ProgressRecord | null;
  /** Training: 我参加了 on or off. Saved at once. */
  setAttended(key: EntryKey, attended: boolean): ProgressRecord | null;
  /**
   * Merges a validated import (newest activity wins per entry) and saves. An explicit save:
   * it replaces stored data that could not be read. Returns whether it was written.
   */
  importMerge(incoming: ProgressState): boolean;
  /** Forgets every record and setting, here and in storage. Returns whether storage was cleared. */
  clear(): boolean;
  /** When stored data is unreadable: overwrite it with the records made since. Returns whether written. */
  discardUnreadable(): boolean;
  /** The unreadable stored text kept aside (to offer as a download), or null. */
  unreadableRaw(): string | null;
  /** Calls `listener` after every change of state or status. Returns the unsubscribe function. */
  subscribe(listener: ProgressListener): () => void;
  /** Another tab wrote our key (`storage` event `newValue`, already filtered by key). */
  applyExternalChange(newValue: string | null): void;
  /** Reads storage again, e.g. on `pageshow` after the back/forward cache. */
  reload(): void;
  /** Writes pending changes (call on `visibilitychange` → hidden). True when everything is stored. */
  flush(): boolean;
}
