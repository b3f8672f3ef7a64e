import type { CollectionName } from '../../site.config.ts';

/** What lists, cards and pages need to know about any entry, whatever its collection. */
export interface Item {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  /** The date the entry is sorted and filtered by. */
  date: Date;
  tags: string[];
  /** Format (theory), type (training), kind (exemplars) or period label (plans). */
  type: string;
  /** Unit or source shown in the meta line. */
  origin?: string;
  chars: number;
  minutes: number;
  /** Fingerprint of title and body (`sha256-…`); a change shows 有更新 to readers who read it. */
  hash: string;
  hours: number;
  updated?: Date;
  draft: boolean;
  /** Whether the entry is in the search index (`search: false` keeps it out). */
  searchable: boolean;
}

export interface ItemFilter {
  tag?: string;
  type?: string;
  year?: number;
}

/** Newest first; equal dates by title so the order is stable between builds. */
export function compareByDate(a: Pick<Item, 'date' | 'title'>, b: Pick<Item, 'date' | 'title'>): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'zh-CN');
}

/** A copy sorted newest first. */
export function sortByDate<T extends Pick<Item, 'date' | 'title'>>(items: readonly T[]): T[] {
  return [...items].sort(compareByDate);
}

/** Leaves drafts out unless `includeDrafts` (the dev server) asks for them. */
export function published<T extends Pick<Item, 'draft'>>(items: readonly T[], includeDrafts = false): T[] {
  return items.filter((i) => includeDrafts || !i.draft);
}

export function yearOf(item: Pick<Item, 'date'>): number {
  return item.date.getUTCFullYear();
}

/** Entries matching every filter given. */
export function filterItems<T extends Item>(items: readonly T[], filter: ItemFilter): T[] {
  return items.filter(
    (i) =>
      (filter.tag === undefined || i.tags.includes(filter.tag)) &&
      (filter.type === undefined || i.type === filter.type) &&
      (filter.year === undefined || yearOf(i) === filter.year),
  );
}

export interface Facet<V> {
  value: V;
  count: number;
}

function countBy<V>(values: V[]): Facet<V>[] {
  const counts = new Map<V, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** Tag, type and year choices with their counts, for the filter bar. */
export function facetsOf(items: readonly Item[]) {
  return {
    tags: countBy(items.flatMap((i) => i.tags)).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN')),
    types: countBy(items.map((i) => i.type)).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN')),
    years: countBy(items.map(yearOf)).sort((a, b) => b.value - a.value),
  };
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
  count: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    total,
    count: items.length,
  }));
}

/**
 * Finds, for any entry, the entries of `all` sharing the most tags with it (then the same type),
 * newest first among equals. Built once for every entry page of a build: entries are looked up
 * by tag and type instead of scoring the whole archive for each page (3,000 entries: 9 million
 * comparisons). An entry sharing a tag scores at least 2, one of the same type only 1, so the
 * latter are only needed when fewer than `limit` share a tag; candidates are offered in list
 * order, so ties go to the earlier entry, as a scoring of the whole list would.
 */
export function relatedFinder<T extends Item>(all: readonly T[]): (item: Item, limit?: number) => T[] {
  const byTag = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  all.forEach((o, at) => {
    for (const t of new Set(o.tags)) add(byTag, t, at);
    add(byType, o.type, at);
  });
  return (item, limit = 4) => {
    const better = (a: { o: T; score: number }, b: { o: T; score: number }) => a.score > b.score || (a.score === b.score && a.o.date.getTime() > b.o.date.getTime());
    const best: { o: T; score: number }[] = [];
    const offer = (o: T, score: number) => {
      if (o.collection === item.collection && o.id === item.id) return;
      const candidate = { o, score };
      if (best.length === limit && !better(candidate, best[limit - 1]!)) return;
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    };
    const tags = new Set(item.tags);
    const sharing = new Set<number>();
    for (const t of tags) for (const at of byTag.get(t) ?? []) sharing.add(at);
    for (const at of [...sharing].sort((a, b) => a - b)) {
      const o = all[at]!;
      let score = o.type === item.type ? 1 : 0;
      for (const t of o.tags) if (tags.has(t)) score += 2;
      offer(o, score);
    }
    if (best.length < limit) for (const at of byType.get(item.type) ?? []) if (!sharing.has(at)) offer(all[at]!, 1);
    return best.map((s) => s.o);
  };
}

/** The newer and older neighbours of an entry in a list sorted newest first. */
export function neighbours<T extends Pick<Item, 'id'>>(sorted: readonly T[], id: string): { newer?: T; older?: T } {
  const at = sorted.findIndex((i) => i.id === id);
  if (at === -1) return {};
  return { newer: sorted[at - 1], older: sorted[at + 1] };
}
