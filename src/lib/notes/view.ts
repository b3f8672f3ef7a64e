/**
 * 我的笔记: every note and 学习心得 grouped by entry, newest first, with filters by collection,
 * plan and period and a search over the member's own words. Pure; the page passes titles in.
 */
import { periodContains, type Period } from '../progress/periods.ts';
import { dayOfInstant, parseInstant } from '../progress/time.ts';
import type { Note, Reflection } from './types.ts';

export interface NotesFilter {
  /** `theory`, `exemplars`, `training`, `plans`, or '' for all. */
  readonly collection?: string;
  /** Entry keys in the chosen plan (plus the plan itself), or null for all. */
  readonly planEntries?: ReadonlySet<string> | null;
  /** The month, quarter or year (China time) of the last edit, as the ledger counts; null for all time. */
  readonly period?: Period | null;
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

/** Whether an ISO time falls in the period (China time); always true without one. */
export function editedIn(iso: string, period: Period | null | undefined): boolean {
  if (!period) return true;
  const ms = parseInstant(iso);
  return ms !== null && periodContains(period, dayOfInstant(ms));
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
    if (n.deletedAt !== null || !entryMatches(n.entry, filter) || !editedIn(n.updatedAt, filter.period)) continue;
    if (query && !includes(`${n.body}\n${n.anchor.exact}\n${titleOf(n.entry)}`, query)) continue;
    group(n.entry).notes.push(n);
  }
  for (const r of reflections) {
    if (r.deletedAt !== null || !entryMatches(r.entry, filter) || !editedIn(r.updatedAt, filter.period)) continue;
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
