import { suggestId } from './suggest-id.ts';

/**
 * URL segment for a tag: pinyin for Chinese (`党章党规` → `dang-zhang-dang-gui`), so tag
 * links copy into documents as plain ASCII like entry links do.
 */
export function tagSlug(tag: string): string {
  return suggestId(tag, 16);
}
