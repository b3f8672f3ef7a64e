import { DEFAULT_ANNUAL_TARGET, type EntryKey, type ProgressRecord, type ProgressSettings, type ProgressState } from './types.ts';
import { sameRecord } from './codec/record.ts';
import { parseInstant } from './time.ts';

/** What importing a file would do, for the confirmation dialog. Keys are sorted. */
export interface ImportPlan {
  /** Entries with no record here yet. */
  added: EntryKey[];
  /** Entries whose imported record is newer and will replace the one here. */
  updated: EntryKey[];
  /** Entries where the record here is the same or newer and stays. */
  unchanged: EntryKey[];
  /** Imported entries this site does not know (removed or renamed); they are kept anyway. */
  unknown: EntryKey[];
  /** Settings the import will fill in. */
  settings: (keyof ProgressSettings)[];
}

/** The latest of lastOpenedAt, readAt and attendedAt in milliseconds; -Infinity when none is set. */
export function latestActivity(record: ProgressRecord): number {
  const times = [record.lastOpenedAt, record.readAt, record.attendedAt].map(parseInstant);
  return Math.max(-Infinity, ...times.filter((t): t is number => t !== null));
}

/** Whether `incoming` should replace `current`: strictly newer activity wins; ties keep `current`. */
export function incomingWins(current: ProgressRecord | undefined, incoming: ProgressRecord): boolean {
  if (!current) return true;
  return latestActivity(incoming) > latestActivity(current) && !sameRecord(current, incoming);
}

/**
 * Settings are not timestamped, so an import only fills what the reader has not set here:
 * the name when it is empty, the target when it is still the site default.
 */
export function mergeSettings(current: ProgressSettings, incoming: ProgressSettings): ProgressSettings {
  return {
    name: current.name !== '' ? current.name : incoming.name,
    annualTarget: current.annualTarget !== DEFAULT_ANNUAL_TARGET ? current.annualTarget : incoming.annualTarget,
  };
}

/** Describes what `mergeImport(current, incoming)` would change, without changing anything. */
export function planImport(current: ProgressState, incoming: ProgressState, knownKeys: Iterable<EntryKey>): ImportPlan {
  const known = new Set(knownKeys);
  const plan: ImportPlan = { added: [], updated: [], unchanged: [], unknown: [], settings: [] };
  for (const [key, record] of incoming.records) {
    const here = current.records.get(key);
    if (!here) plan.added.push(key);
    else if (incomingWins(here, record)) plan.updated.push(key);
    else plan.unchanged.push(key);
    if (!known.has(key)) plan.unknown.push(key);
  }
  const merged = mergeSettings(current.settings, incoming.settings);
  plan.settings = (['name', 'annualTarget'] as const).filter((k) => merged[k] !== current.settings[k]);
  for (const list of [plan.added, plan.updated, plan.unchanged, plan.unknown]) list.sort();
  return plan;
}

/**
 * Merges imported state into the current one: per entry the record with the newest activity
 * wins (ties keep the current one); records for entries the site no longer lists are kept;
 * records only here are untouched. Settings follow `mergeSettings`.
 */
export function mergeImport(current: ProgressState, incoming: ProgressState): ProgressState {
  const records = new Map(current.records);
  for (const [key, record] of incoming.records) {
    if (incomingWins(records.get(key), record)) records.set(key, record);
  }
  return { settings: mergeSettings(current.settings, incoming.settings), records };
}
