import { suggestId } from './suggest-id.ts';

/**
 * URL segment for a tag: pinyin for Chinese (`党章党规` → `dang-zhang-dang-gui`), so tag
 * links copy into documents as plain ASCII like entry links do.
 */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    slug = suggestId(tag, 16);
    slugs.set(tag, slug);
  }
  return slug;
}

/** Pinyin conversion is the costly part, and every list page links the same few tags. */
const slugs = new Map<string, string>();
