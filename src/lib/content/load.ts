import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { collectionNames, type CollectionName } from '../../site.config.ts';
import { countReadableChars, readingMinutes, studyHours } from './reading.ts';
import { contentHash } from './content-hash.ts';
import { entryBody } from './front-matter.ts';
import { type Item, compareByDate, sortByDate } from './items.ts';
import { periodLabel } from './period.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

/** Drafts are shown by the dev server only (set by the content-check integration). */
export const SHOW_DRAFTS: boolean = import.meta.env.XXYD_SHOW_DRAFTS === true;

/** Maps an Astro entry of any collection to the shape lists and cards use. */
export function toItem(entry: AnyEntry): Item {
  // The collections keep no bodies (retainBody: false in src/content.config.ts: at 3,000 entries
  // that is about a quarter of the build's peak memory); each is read once, here, from its file
  // (`filePath` is relative to the project folder, where builds and the dev server run).
  const body = entry.body ?? (entry.filePath ? entryBody(readFileSync(entry.filePath, 'utf8')) : '');
  const chars = countReadableChars(body);
  const minutes = readingMinutes(chars);
  const base = {
    collection: entry.collection,
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    tags: entry.data.tags,
    chars,
    minutes,
    hash: contentHash(entry.data.title, body),
    updated: entry.data.updated,
    draft: entry.data.draft,
    searchable: entry.data.search,
  };
  switch (entry.collection) {
    case 'theory':
      return { ...base, date: entry.data.date, type: entry.data.format, origin: entry.data.source ?? entry.data.speaker, hours: studyHours(minutes, entry.data.hours) };
    case 'exemplars':
      return { ...base, date: entry.data.date ?? entry.data.awardedOn, type: entry.data.kind, origin: entry.data.unit, hours: studyHours(minutes) };
    case 'training':
      return { ...base, date: entry.data.date, type: entry.data.type, origin: entry.data.organiser, hours: entry.data.hours };
    case 'plans':
      return { ...base, date: entry.data.date, type: periodLabel(entry.data.period).kind, origin: entry.data.audience, hours: 0 };
  }
}

const cache = new Map<CollectionName, Promise<{ entry: AnyEntry; item: Item }[]>>();

/** Published entries of a collection, newest first, each with its list item. */
export function loadCollection<C extends CollectionName>(collection: C): Promise<{ entry: CollectionEntry<C>; item: Item }[]> {
  if (!cache.has(collection)) {
    cache.set(
      collection,
      getCollection(collection).then((entries) => {
        return (entries as AnyEntry[])
          .map((entry) => ({ entry, item: toItem(entry) }))
          .filter((p) => SHOW_DRAFTS || !p.item.draft)
          .sort((a, b) => compareByDate(a.item, b.item));
      }),
    );
  }
  return cache.get(collection)! as Promise<{ entry: CollectionEntry<C>; item: Item }[]>;
}

/** Every published item of every collection, newest first. */
export async function loadAllItems(): Promise<Item[]> {
  const lists = await Promise.all(collectionNames.map((c) => loadCollection(c)));
  return sortByDate(lists.flat().map((p) => p.item));
}
