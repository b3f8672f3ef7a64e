import type { Note, Reflection } from './types.ts';

function time(iso: string | null): number {
  if (iso === null) return -Infinity;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** When an item last changed: its edit or its deletion, whichever is later. */
export function lastChange(item: { updatedAt: string; deletedAt: string | null }): number {
  return Math.max(time(item.updatedAt), time(item.deletedAt));
}

/** Whether `incoming` replaces `current`: strictly newer wins; on a tie a deletion wins, else `current` stays. */
export function incomingWins<T extends { updatedAt: string; deletedAt: string | null }>(current: T | undefined, incoming: T): boolean {
  if (!current) return true;
  const a = lastChange(current);
  const b = lastChange(incoming);
  if (b !== a) return b > a;
  return incoming.deletedAt !== null && current.deletedAt === null;
}

export interface MergeResult<T> {
  readonly items: T[];
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
}

function mergeBy<T extends { updatedAt: string; deletedAt: string | null }>(
  here: readonly T[],
  imported: readonly T[],
  key: (item: T) => string,
): MergeResult<T> {
  const byKey = new Map(here.map((item) => [key(item), item]));
  let added = 0;
  let updated = 0;
  let deleted = 0;
  for (const item of imported) {
    const current = byKey.get(key(item));
    if (!incomingWins(current, item)) continue;
    if (!current) added += item.deletedAt === null ? 1 : 0;
    else if (item.deletedAt !== null && current.deletedAt === null) deleted += 1;
    else updated += 1;
    byKey.set(key(item), item);
  }
  const items = [...byKey.values()].sort((a, b) => key(a).localeCompare(key(b)));
  return { items, added, updated, deleted };
}

/** Merges imported notes per note id: the newer edit wins, deletions (tombstones) are respected. */
export function mergeNotes(here: readonly Note[], imported: readonly Note[]): MergeResult<Note> {
  return mergeBy(here, imported, (n) => n.id);
}

/** Merges 学习心得 per entry or plan, the same way. */
export function mergeReflections(here: readonly Reflection[], imported: readonly Reflection[]): MergeResult<Reflection> {
  return mergeBy(here, imported, (r) => r.entry);
}

/** Marks a note deleted: a tombstone keeps id and anchor, drops the text. */
export function tombstone(note: Note, at: string): Note {
  return { ...note, body: '', updatedAt: at, deletedAt: at };
}

/** Notes still shown (not deleted), newest edit first. */
export function liveNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => n.deletedAt === null).sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
}
