import { collectionNames, readingConfig, type CollectionName } from '../../site.config.ts';
import { ENTRY_KEY_PATTERN } from '../../schemas/entry-key.ts';

/** The localStorage key the store reads and writes by default. */
export const STORAGE_KEY = 'xxyd:progress';

/** Version of the stored envelope `{ version, state }` this code writes. */
export const CURRENT_VERSION = 2;

/** Reading states of one entry, in order. */
export const READ_STATUSES = ['unread', 'reading', 'read'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];

/** How each reading state is shown to readers. */
export const STATUS_LABELS: Readonly<Record<ReadStatus, string>> = {
  unread: '未读',
  reading: '在读',
  read: '已读',
};

/** Collections whose entries can carry a reading record (the first part of an entry key): all of them. */
export const PROGRESS_COLLECTIONS = collectionNames;
export type ProgressCollection = CollectionName;

export { ENTRY_KEY_PATTERN };

/** A content hash as the build writes it: hex, base64 or `algo-…`, at most 128 characters. */
export const CONTENT_HASH_PATTERN = /^[A-Za-z0-9+/=_.:-]{1,128}$/;

/** Longest reader name kept in the settings (it is printed on the study record). */
export const NAME_MAX_LENGTH = 40;

/** Highest annual study-hour target accepted. */
export const ANNUAL_TARGET_MAX = 1000;

/** Annual targets go in steps of half a 学时 (the smallest is one step). */
export const ANNUAL_TARGET_STEP = 0.5;

/** Default annual study-hour target (学时), from the site configuration. */
export const DEFAULT_ANNUAL_TARGET: number = readingConfig.annualHoursTarget;

/** Upper bound for accumulated active reading seconds (about 115 days); guards against bad clocks. */
export const MAX_ACTIVE_SECONDS = 10_000_000;

/** Entry key, `<collection>/<id>`. Plain string: keys arrive from the DOM and files and are checked at run time. */
export type EntryKey = string;

/** What the reader has done with one entry. Timestamps are ISO 8601 UTC strings. */
export interface ProgressRecord {
  /** 未读 / 在读 / 已读. */
  readonly status: ReadStatus;
  /** When the entry was first opened. */
  readonly firstOpenedAt: string | null;
  /** When the entry was most recently opened. */
  readonly lastOpenedAt: string | null;
  /** When the entry was first marked read; kept when it is marked read again. */
  readonly readAt: string | null;
  /** How far down the article the reader got, 0..1. */
  readonly scroll: number;
  /** Seconds spent actively reading (page visible, reader not idle). */
  readonly activeSeconds: number;
  /** Hash of the content when it was marked read; a different current hash means 有更新. */
  readonly contentHash: string | null;
  /** Training only: the reader says 我参加了. */
  readonly attended: boolean;
  /** When `attended` was set. */
  readonly attendedAt: string | null;
}

/** Reader settings. */
export interface ProgressSettings {
  /** Reader's name, printed on the study record; empty when not given. */
  readonly name: string;
  /** Annual study-hour target (学时). */
  readonly annualTarget: number;
}

/** Everything the store keeps. `records` is a Map so hostile keys cannot reach a prototype. */
export interface ProgressState {
  readonly settings: ProgressSettings;
  readonly records: ReadonlyMap<EntryKey, ProgressRecord>;
}

/** A record for an entry that has never been opened. */
export const EMPTY_RECORD: ProgressRecord = Object.freeze({
  status: 'unread',
  firstOpenedAt: null,
  lastOpenedAt: null,
  readAt: null,
  scroll: 0,
  activeSeconds: 0,
  contentHash: null,
  attended: false,
  attendedAt: null,
});

/** Settings before the reader changes anything. */
export const DEFAULT_SETTINGS: ProgressSettings = Object.freeze({ name: '', annualTarget: DEFAULT_ANNUAL_TARGET });

/** A state with no records and default settings. */
export function emptyState(): ProgressState {
  return { settings: DEFAULT_SETTINGS, records: new Map() };
}

/** Whether `value` is a well-formed entry key such as `theory/2026-03-foo`. */
export function isEntryKey(value: unknown): value is EntryKey {
  return typeof value === 'string' && ENTRY_KEY_PATTERN.test(value);
}

/** Splits an entry key into collection and id, or returns null when it is not one. */
export function parseEntryKey(value: string): { collection: ProgressCollection; id: string } | null {
  const m = ENTRY_KEY_PATTERN.exec(value);
  return m ? { collection: m[1] as ProgressCollection, id: m[2] as string } : null;
}

/** Whether `value` looks like a content hash the build produces. */
export function isContentHash(value: unknown): value is string {
  return typeof value === 'string' && CONTENT_HASH_PATTERN.test(value);
}
