/**
 * 我的笔记: every note and 学习心得 grouped by entry, newest first, with filters by collection,
 * plan and period and a search over the member's own words. Pure; the page passes titles in.
 */
import type { Note, Reflection } from './types.ts';

export interface NotesFilter {
  /** `theory`, `exemplars`, `training`, `plans`, or '' for all. */
  readonly collection?: string;
  /** Entry keys in the chosen plan (plus the plan itself), or null for all. */
  readonly planEntries?: ReadonlySet<string> | null;
  /** Inclusive start and exclusive end in milliseconds, on the last edit; null for all time. */
  readonly from?: number | null;
  readonly to?: number | null;
  /** Text searched in the note, its quoted passage and 学习心得 (case-insensitive). */
  readonly query?: string;
}

export interface EntryGroup {
  readonly entry: string;
  /** Newest first. */
  readonly notes: Note[];
  readonly reflection: Reflection | null;
  /** Latest edit in the group, in milliseconds. */
  readonly latest: number;
}

function inPeriod(iso: string, filter: NotesFilter): boolean {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return false;
  return (filter.from == null || t >= filter.from) && (filter.to == null || t < filter.to);
}

function entryMatches(entry: string, filter: NotesFilter): boolean {
  if (filter.collection && !entry.startsWith(`${filter.collection}/`)) return false;
  if (filter.planEntries && !filter.planEntries.has(entry)) return false;
  return true;
}

function includes(haystack: string, query: string): boolean {
  return haystack.normalize('NFKC').toLowerCase().includes(query);
}

/** Groups live notes and reflections by entry; groups and their notes are newest first. */
export function groupNotes(
  notes: readonly Note[],
  reflections: readonly Reflection[],
  filter: NotesFilter = {},
  titleOf: (entry: string) => string = (e) => e,
): EntryGroup[] {
  const query = (filter.query ?? '').trim().normalize('NFKC').toLowerCase();
  const groups = new Map<string, { notes: Note[]; reflection: Reflection | null }>();
  const group = (entry: string) => {
    let g = groups.get(entry);
    if (!g) groups.set(entry, (g = { notes: [], reflection: null }));
    return g;
  };
  for (const n of notes) {
    if (n.deletedAt !== null || !entryMatches(n.entry, filter) || !inPeriod(n.updatedAt, filter)) continue;
    if (query && !includes(`${n.body}\n${n.anchor.exact}\n${titleOf(n.entry)}`, query)) continue;
    group(n.entry).notes.push(n);
  }
  for (const r of reflections) {
    if (r.deletedAt !== null || !entryMatches(r.entry, filter) || !inPeriod(r.updatedAt, filter)) continue;
    if (query && !includes(`${r.text}\n${titleOf(r.entry)}`, query)) continue;
    group(r.entry).reflection = r;
  }
  return [...groups.entries()]
    .map(([entry, g]) => {
      const sorted = g.notes.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      const times = [...sorted.map((n) => Date.parse(n.updatedAt)), g.reflection ? Date.parse(g.reflection.updatedAt) : -Infinity];
      return { entry, notes: sorted, reflection: g.reflection, latest: Math.max(...times) };
    })
    .sort((a, b) => b.latest - a.latest || a.entry.localeCompare(b.entry));
}

/** How many 学习心得 with text were written in the period (for the ledger's column). */
export function countReflections(reflections: readonly Reflection[], from: number | null, to: number | null): number {
  return reflections.filter((r) => r.deletedAt === null && r.text.trim() !== '' && inPeriod(r.updatedAt, { from, to })).length;
}
