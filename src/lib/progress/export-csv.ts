import { STATUS_LABELS, parseEntryKey, type ProgressState } from './types.ts';
import type { CatalogueEntry } from '../catalogue.ts';
import { indexCatalogue } from '../catalogue.ts';
import { earnedHours, type HoursOptions } from './hours.ts';
import { toCsv } from './csv.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayOfInstant, formatDay, parseInstant } from './time.ts';
import { collections } from '../../site.config.ts';

/** Column headings of the CSV export, in order. */
export const CSV_HEADER = ['标题', '栏目', '状态', '完成日期', '学时'] as const;

/** Collection labels, as in the site navigation. */
const LABELS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(collections).map(([k, v]) => [k, v.label]));

/**
 * The reader's records as a spreadsheet (UTF-8 with BOM, CRLF): one row per entry opened,
 * read or attended, ordered by completion date then title. 状态 is 已参加 for attended
 * training; 完成日期 is the day read (or the training's date); 学时 is what the entry earns.
 * Entries no longer on the site are listed by key with no 学时.
 */
export function exportCsv(state: ProgressState, catalogue: Iterable<CatalogueEntry>, options: HoursOptions = {}): string {
  const index = indexCatalogue(catalogue);
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  const rows: { sort: string; cells: (string | number | null)[] }[] = [];
  for (const [key, record] of state.records) {
    if (record.status === 'unread' && !record.attended) continue;
    const entry = index.get(key);
    const collection = entry?.collection ?? parseEntryKey(key)?.collection ?? '';
    const earned = entry ? earnedHours(record, entry, options) : null;
    const readMs = record.status === 'read' ? parseInstant(record.readAt) : null;
    const done = earned ? formatDay(earned.day) : readMs !== null ? formatDay(dayOfInstant(readMs, offset)) : '';
    const title = entry?.title ?? key;
    rows.push({
      sort: `${done || '9999'}\u0000${title}`,
      cells: [
        title,
        LABELS[collection] ?? collection,
        record.attended && collection === 'training' ? '已参加' : STATUS_LABELS[record.status],
        done,
        earned ? earned.hours : entry ? 0 : null,
      ],
    });
  }
  rows.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return toCsv([[...CSV_HEADER], ...rows.map((r) => r.cells)]);
}
