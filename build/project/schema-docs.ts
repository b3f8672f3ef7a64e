import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSchemaNames, schemaFieldDocs, type FieldDoc } from '../../src/lib/content/field-docs.ts';
import { collectionNames, type CollectionName } from '../../src/site.config.ts';

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
  const configPath = 'src/content.config.ts';
  const schemaNames = collectionSchemaNames({ path: configPath, text: readFileSync(join(root, configPath), 'utf8') });
  const entries = collectionNames.map((c) => {
    const name = schemaNames[c];
    if (!name) throw new Error(`${configPath} defines no schema for the collection ${c}`);
    return [c, schemaFieldDocs(sources, name)];
  });
  return Object.fromEntries(entries) as Record<CollectionName, FieldDoc[]>;
}
