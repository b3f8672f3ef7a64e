import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../../site.config.ts';
import { loadAllItems, loadCollection } from './load.ts';
import { neighbours, relatedFinder, type Item } from './items.ts';

export interface EntryPageProps<C extends CollectionName> {
  entry: CollectionEntry<C>;
  item: Item;
  related: Item[];
  newer?: Item | undefined;
  older?: Item | undefined;
}

/** getStaticPaths for `src/pages/<collection>/[id].astro`: one page per published entry. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const pairs = await loadCollection(collection);
  const all = await loadAllItems();
  const items = pairs.map((p) => p.item);
  const related = relatedFinder(all);
  return pairs.map(({ entry, item }) => ({
    params: { id: entry.id },
    props: { entry, item, related: related(item, 5), ...neighbours(items, item.id) } satisfies EntryPageProps<C>,
  }));
}
