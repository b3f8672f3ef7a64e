import { STATUS_LABELS, type EntryKey, type ProgressRecord } from '../progress/types.ts';
import { isUpdatedSince } from '../progress/transitions.ts';

/** How a status looks: the styles live with the components; this is the meaning. */
export type StatusTone = 'unread' | 'reading' | 'read' | 'attended' | 'updated' | 'overdue';

export interface StatusBadge {
  readonly label: string;
  readonly tone: StatusTone;
}

/**
 * The badges shown for one entry in lists and on plans: 已参加 for attended training, then
 * 未读 / 在读 / 已读, then 有更新 when the content changed after it was read. No record: 未读.
 */
export function entryBadges(record: ProgressRecord | undefined, collection: string, currentHash?: string | null): StatusBadge[] {
  if (!record) return [{ label: STATUS_LABELS.unread, tone: 'unread' }];
  const badges: StatusBadge[] = [];
  if (collection === 'training' && record.attended) badges.push({ label: '已参加', tone: 'attended' });
  if (!(badges.length > 0 && record.status === 'unread')) badges.push({ label: STATUS_LABELS[record.status], tone: record.status });
  if (isUpdatedSince(record, currentHash)) badges.push({ label: '有更新', tone: 'updated' });
  return badges;
}

/** A collection's count for its list page: 已读 5 / 14, or 已参加 2 / 10 for training. */
export interface CollectionTally {
  readonly label: '已读' | '已参加';
  readonly done: number;
  readonly total: number;
}

/** Counts the entries of one collection that are read (training: attended). */
export function collectionTally(
  collection: string,
  keys: readonly EntryKey[],
  records: ReadonlyMap<EntryKey, ProgressRecord>,
): CollectionTally {
  const training = collection === 'training';
  const done = keys.filter((k) => {
    const r = records.get(k);
    return r !== undefined && (training ? r.attended : r.status === 'read');
  }).length;
  return { label: training ? '已参加' : '已读', done, total: keys.length };
}
