import { withBase } from './content/links.ts';
import type { CollectionName } from '../site.config.ts';

/** A root-relative site path with the configured base path in front. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The page of one entry. */
export function entryUrl(collection: CollectionName, id: string): string {
  return url(`/${collection}/${id}/`);
}
