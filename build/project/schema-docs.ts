import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_EXPORTS, schemaFieldDocs, type FieldDoc } from '../../src/lib/content/field-docs.ts';
import type { CollectionName } from '../../src/site.config.ts';

/**
 * The documented fields of every collection, read from the JSDoc in `src/schemas/*.ts` — the
 * source of the editors' guide tables and of the comments in a new entry. Kept apart from
 * content-files.ts so the build does not load the TypeScript parser.
 */
export function collectionFieldDocs(root: string): Record<CollectionName, FieldDoc[]> {
  const dir = join(root, 'src/schemas');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ path: `src/schemas/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  const entries = Object.entries(SCHEMA_EXPORTS).map(([c, name]) => [c, schemaFieldDocs(sources, name)]);
  return Object.fromEntries(entries) as Record<CollectionName, FieldDoc[]>;
}
