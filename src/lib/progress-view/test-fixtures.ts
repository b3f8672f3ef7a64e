/** Records and catalogue items for the progress-view tests. */
import { EMPTY_RECORD, type ProgressRecord } from '../progress/types.ts';
import { type CatalogueItem } from '../catalogue.ts';

export const rec = (patch: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...patch });
export const read = (readAt: string, patch: Partial<ProgressRecord> = {}) =>
  rec({ status: 'read', readAt, firstOpenedAt: readAt, lastOpenedAt: readAt, contentHash: 'sha256-aaaa', ...patch });
export const item = (key: string, patch: Partial<CatalogueItem> = {}): CatalogueItem => {
  const [collection, id] = key.split('/') as [CatalogueItem['collection'], string];
  return { key, collection, title: `标题 ${id}`, hours: 1, date: '2026-03-01', url: `/${key}/`, hash: 'sha256-aaaa', chars: 800, ...patch };
};
