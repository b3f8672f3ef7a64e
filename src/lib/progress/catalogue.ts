import type { EntryKey } from './types.ts';

/**
 * One published entry as the pages describe it to the progress code (usually a JSON list
 * embedded in the page, hence `date` may be text).
 */
export interface CatalogueEntry {
  /** `<collection>/<id>`. */
  readonly key: EntryKey;
  /** `theory`, `exemplars`, `training` or `plans`. */
  readonly collection: string;
  /** Title shown in lists and in the CSV export. */
  readonly title: string;
  /** 学时 this entry is worth; 0 when it earns none. */
  readonly hours: number;
  /** The entry's date (`YYYY-MM-DD` or a Date at UTC midnight); for training, the day it was held. */
  readonly date: Date | string;
}

/** Indexes a catalogue by entry key (later duplicates win). */
export function indexCatalogue(entries: Iterable<CatalogueEntry>): ReadonlyMap<EntryKey, CatalogueEntry> {
  return new Map([...entries].map((e) => [e.key, e] as const));
}
