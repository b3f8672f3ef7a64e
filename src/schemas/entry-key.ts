/**
 * How an entry is named across the site: its id (the rule every id follows) and its key,
 * `<collection>/<id>` (`theory/2026-03-dangzhang`), which reading records, plan items and the
 * pages' `data-entry-key` use. No dependencies beyond the site's configuration, so the browser
 * bundle does not pull in zod.
 */
import { collectionNames, type CollectionName } from '../site.config.ts';

/** An id: lowercase ASCII letters and digits in groups joined by single hyphens, so URLs copy cleanly. */
const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);

/** `<collection>/<id>` of one of the site's collections. */
export const ENTRY_KEY_PATTERN = new RegExp(`^(${collectionNames.join('|')})/(${ID_SOURCE})$`);

/** The key of entry `id` of `collection`. */
export function entryKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}
