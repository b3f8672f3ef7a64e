import type { EntryKey, ProgressRecord, ProgressSettings, ProgressState } from './types.ts';
import type { Note, Reflection } from '../notes/types.ts';
import { safeObject } from './safe-object.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayOfInstant, formatDay, toIso } from './time.ts';

/** Marker identifying an exported progress file. */
export const EXPORT_FORMAT = 'xuexi-yuandi-progress';
/**
 * Version of the export format this code writes. Version 3 added `branch` (the 党支部/党小组
 * a file was submitted to); version 4 added `notes` and `reflections` (学习笔记 and 学习心得).
 * Older files are upgraded on import (`EXPORT_MIGRATIONS` in import.ts).
 */
export const EXPORT_VERSION = 4;

/** Notes and 学习心得 that go into an export (tombstones included, so deletions carry over). */
export interface NotesExport {
  readonly notes: readonly Note[];
  readonly reflections: readonly Reflection[];
}

const NO_NOTES: NotesExport = { notes: [], reflections: [] };

/** Longest 党支部/党小组 name a file may carry. */
export const BRANCH_MAX_LENGTH = 40;

/** The exported file (public format, documented in README.md). */
export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO 8601 UTC time of the export. */
  readonly exportedAt: string;
  readonly settings: ProgressSettings;
  /** The 党支部/党小组 the member submitted this file to (报送支部); empty for a plain backup. */
  readonly branch: string;
  /** Every record, keyed by entry key, with all fields. */
  readonly records: Readonly<Record<EntryKey, ProgressRecord>>;
  /** Notes and highlights, deleted ones as tombstones; sorted by id. */
  readonly notes: readonly Note[];
  /** 学习心得 per entry or plan; empty unless the member chose to include them. */
  readonly reflections: readonly Reflection[];
}

/** Times go out to the second: nothing needs their milliseconds, and a file handed on says no more than it must. */
function toSecond(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString();
}

function exportedRecord(record: ProgressRecord): ProgressRecord {
  return {
    ...record,
    firstOpenedAt: toSecond(record.firstOpenedAt),
    lastOpenedAt: toSecond(record.lastOpenedAt),
    readAt: toSecond(record.readAt),
    attendedAt: toSecond(record.attendedAt),
  };
}

/** Builds the export object with every field of every record (keys sorted for stable diffs). */
export function buildExport(state: ProgressState, exportedAt: number, branch = '', extras: NotesExport = NO_NOTES): ExportFile {
  const keys = [...state.records.keys()].sort();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: toSecond(toIso(exportedAt)) ?? new Date(0).toISOString(),
    settings: { name: state.settings.name, annualTarget: state.settings.annualTarget },
    branch,
    records: safeObject(keys.map((k) => [k, exportedRecord(state.records.get(k) as ProgressRecord)] as const)),
    notes: [...extras.notes].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ ...n, anchor: { ...n.anchor } })),
    reflections: [...extras.reflections].sort((a, b) => a.entry.localeCompare(b.entry)).map((r) => ({ ...r })),
  };
}

/** The export as pretty-printed JSON text, ready to download as `application/json`. */
export function exportJson(state: ProgressState, exportedAt: number, branch = '', extras: NotesExport = NO_NOTES): string {
  return `${JSON.stringify(buildExport(state, exportedAt, branch, extras), null, 2)}\n`;
}

/** A download file name such as `xuexi-progress-2026-03-05.json` (ASCII, safe everywhere). */
export function exportFileName(exportedAt: number, extension: 'json' | 'csv', utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return `xuexi-progress-${formatDay(dayOfInstant(exportedAt, utcOffsetMinutes))}.${extension}`;
}

/** Characters file systems refuse in names (Windows is the strictest). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * The 报送支部 file name: `学习记录-<姓名>-<日期>.json`, the name with characters file systems
 * refuse replaced by `_`.
 */
export function memberFileName(name: string, exportedAt: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const safe = name.trim().replace(UNSAFE_IN_FILE_NAME, '_') || '未填姓名';
  return `学习记录-${safe}-${formatDay(dayOfInstant(exportedAt, utcOffsetMinutes))}.json`;
}
