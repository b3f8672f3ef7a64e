import { collectionNames, type CollectionName } from '../../site.config.ts';

/** Where each collection's Markdown lives, relative to the project root. */
export const CONTENT_BASES = Object.fromEntries(collectionNames.map((c) => [c, `content/${c}`])) as Readonly<Record<CollectionName, `content/${CollectionName}`>>;

/** Entry files: Markdown and MDX, skipping names that start with an underscore. */
export const ENTRY_PATTERN = '**/[^_]*.{md,mdx}';
