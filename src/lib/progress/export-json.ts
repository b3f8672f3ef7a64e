import type { EntryKey, ProgressRecord, ProgressSettings, ProgressState } from './types.ts';
import { safeObject } from './safe-object.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayOfInstant, formatDay, toIso } from './time.ts';

/** Marker identifying an exported progress file. */
export const EXPORT_FORMAT = 'xuexi-yuandi-progress';
/** Version of the export format this code writes and reads. */
export const EXPORT_VERSION = 2;

/** The exported file (public format, documented in README.md). */
export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO 8601 UTC time of the export. */
  readonly exportedAt: string;
  readonly settings: ProgressSettings;
  /** Every record, keyed by entry key, with all fields. */
  readonly records: Readonly<Record<EntryKey, ProgressRecord>>;
}

/** Builds the export object with every field of every record (keys sorted for stable diffs). */
export function buildExport(state: ProgressState, exportedAt: number): ExportFile {
  const keys = [...state.records.keys()].sort();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: toIso(exportedAt) ?? new Date(0).toISOString(),
    settings: { name: state.settings.name, annualTarget: state.settings.annualTarget },
    records: safeObject(keys.map((k) => [k, { ...(state.records.get(k) as ProgressRecord) }] as const)),
  };
}

/** The export as pretty-printed JSON text, ready to download as `application/json`. */
export function exportJson(state: ProgressState, exportedAt: number): string {
  return `${JSON.stringify(buildExport(state, exportedAt), null, 2)}\n`;
}

/** A download file name such as `xuexi-progress-2026-03-05.json` (ASCII, safe everywhere). */
export function exportFileName(exportedAt: number, extension: 'json' | 'csv', utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return `xuexi-progress-${formatDay(dayOfInstant(exportedAt, utcOffsetMinutes))}.${extension}`;
}
