import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionOf } from '../lib/content/validate.ts';
import { entryId } from '../lib/content/entry-id.ts';
import { parseFrontMatter } from '../lib/content/front-matter.ts';

/** The page a content file becomes (`content/theory/a.md` → `/theory/a/`), reading its id if it sets one. */
export function routeOfContentFile(root: string, file: string): string | undefined {
  const collection = collectionOf(file);
  const full = join(root, file);
  if (!collection || !existsSync(full)) return undefined;
  const parsed = parseFrontMatter(readFileSync(full, 'utf8'));
  const id = entryId(file, parsed.ok ? parsed.data : {});
  return id.ok ? `/${collection}/${id.id}/` : undefined;
}
