import {
  ANNUAL_TARGET_MAX,
  ANNUAL_TARGET_STEP,
  DEFAULT_SETTINGS,
  EMPTY_RECORD,
  MAX_ACTIVE_SECONDS,
  NAME_MAX_LENGTH,
  READ_STATUSES,
  isContentHash,
  isEntryKey,
  type EntryKey,
  type ProgressRecord,
  type ProgressSettings,
  type ReadStatus,
} from '../types.ts';
import { isObject, ownValue } from '../safe-object.ts';
import { normaliseInstant } from '../time.ts';

/*
 * Lenient readers for what is already in the reader's own storage. They salvage field by
 * field: a bad `scroll` becomes 0 rather than losing the record, and a record that is not an
 * object at all is dropped without touching its neighbours. (Imported files go through the
 * strict schema in `import-schema.ts` instead: there we refuse rather than repair.)
 */

function finiteIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function isStatus(value: unknown): value is ReadStatus {
  return typeof value === 'string' && (READ_STATUSES as readonly string[]).includes(value);
}

/** Whether a reader name is acceptable: no markup characters, not too long. */
export function isValidName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= NAME_MAX_LENGTH && !/[<>]/.test(value);
}

/** Whether an annual target is acceptable: positive, at most ANNUAL_TARGET_MAX, in steps of 0.5. */
export function isValidTarget(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 0 &&
    value <= ANNUAL_TARGET_MAX &&
    Number.isInteger(value / ANNUAL_TARGET_STEP)
  );
}

/**
 * Reads one stored record, repairing what can be repaired. Returns null only when `value`
 * is not an object. A missing or unknown status is inferred from the timestamps.
 */
export function readRecord(value: unknown): ProgressRecord | null {
  if (!isObject(value)) return null;
  const firstOpenedAt = normaliseInstant(ownValue(value, 'firstOpenedAt'));
  const lastOpenedAt = normaliseInstant(ownValue(value, 'lastOpenedAt')) ?? firstOpenedAt;
  const readAt = normaliseInstant(ownValue(value, 'readAt'));
  const rawStatus = ownValue(value, 'status');
  const inferred: ReadStatus = readAt ? 'read' : lastOpenedAt ? 'reading' : 'unread';
  const status = isStatus(rawStatus) && !(rawStatus === 'read' && !readAt) ? rawStatus : inferred;
  const hash = ownValue(value, 'contentHash');
  const attended = ownValue(value, 'attended') === true;
  return Object.freeze({
    status,
    firstOpenedAt: firstOpenedAt ?? lastOpenedAt,
    lastOpenedAt,
    readAt: status === 'read' ? readAt : null,
    scroll: finiteIn(ownValue(value, 'scroll'), 0, 1, 0),
    activeSeconds: finiteIn(ownValue(value, 'activeSeconds'), 0, MAX_ACTIVE_SECONDS, 0),
    contentHash: status === 'read' && isContentHash(hash) ? hash : null,
    attended,
    attendedAt: attended ? normaliseInstant(ownValue(value, 'attendedAt')) : null,
  } satisfies ProgressRecord);
}

/** Reads a stored `records` object into a Map, skipping bad keys and unreadable records. */
export function readRecords(value: unknown): { records: Map<EntryKey, ProgressRecord>; dropped: number } {
  const records = new Map<EntryKey, ProgressRecord>();
  if (!isObject(value)) return { records, dropped: 0 };
  let dropped = 0;
  for (const key of Object.keys(value)) {
    const record = isEntryKey(key) ? readRecord(value[key]) : null;
    if (record) records.set(key, record);
    else dropped += 1;
  }
  return { records, dropped };
}

/** Reads stored settings, falling back to the default for each unreadable field. */
export function readSettings(value: unknown): ProgressSettings {
  if (!isObject(value)) return DEFAULT_SETTINGS;
  const name = ownValue(value, 'name');
  const target = ownValue(value, 'annualTarget');
  return Object.freeze({
    name: isValidName(name) ? name.trim() : DEFAULT_SETTINGS.name,
    annualTarget: isValidTarget(target) ? target : DEFAULT_SETTINGS.annualTarget,
  });
}

/** Field-by-field equality of two records. */
export function sameRecord(a: ProgressRecord, b: ProgressRecord): boolean {
  return (Object.keys(EMPTY_RECORD) as (keyof ProgressRecord)[]).every((k) => a[k] === b[k]);
}
