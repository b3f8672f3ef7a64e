import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { theorySchema } from './schemas/theory.ts';
import { exemplarSchema } from './schemas/exemplars.ts';
import { trainingSchema } from './schemas/training.ts';
import { planSchema } from './schemas/plans.ts';
import { CONTENT_BASES, ENTRY_PATTERN } from './lib/content/paths.ts';
import { entryId, fileStem } from './lib/content/entry-id.ts';
import { idErrorMessage } from './lib/content/messages.ts';
import { existsSync } from 'node:fs';
import { lenient, tolerantLoader } from './lib/content/dev-fallback.ts';
import { dirname, join } from 'node:path';

/**
 * A portrait whose file is missing is left out of the entry. Astro would otherwise import the
 * missing file for every page and the whole preview would fail (ImageNotFound); the build never
 * gets here, as the content checker stops it first, and the preview shows the problem panel.
 */
function dropMissingPortrait(file: string, data: Record<string, unknown>): void {
  const portrait = data.portrait as { src?: unknown } | undefined;
  if (!portrait || typeof portrait !== 'object' || typeof portrait.src !== 'string') return;
  const src = portrait.src;
  if (/^[a-z]+:|^\/\//i.test(src)) return;
  const path = src.startsWith('/') ? join('public', src) : join(dirname(file), src);
  if (!existsSync(path)) delete data.portrait;
}

function loader(collection: keyof typeof CONTENT_BASES) {
  const files = glob({
    base: CONTENT_BASES[collection],
    pattern: ENTRY_PATTERN,
    // Astro would keep every body in memory and bundle it with the pages; the one place that
    // needs a body (reading counts and content hashes, lib/content/load.ts) reads the file.
    retainBody: false,
    generateId: ({ entry, data }) => {
      const result = entryId(entry, data);
      if (!result.ok) {
        // The preview keeps running: the page at the file's name shows the problem panel
        // (content-check.ts). The build never gets here: the content checker stops it first.
        if (import.meta.env.DEV) return fileStem(entry);
        throw new Error(idErrorMessage(`${CONTENT_BASES[collection]}/${entry}`, result));
      }
      if (collection === 'exemplars') dropMissingPortrait(`${CONTENT_BASES[collection]}/${entry}`, data);
      return result.id;
    },
  });
  return import.meta.env.DEV ? tolerantLoader(files) : files;
}

/** In the preview, a wrong entry is kept with placeholders (dev-fallback.ts); the build is strict. */
const dev = <S extends Parameters<typeof lenient>[1]>(collection: keyof typeof CONTENT_BASES, schema: S): S =>
  import.meta.env.DEV ? lenient(collection, schema) : schema;

export const collections = {
  theory: defineCollection({ loader: loader('theory'), schema: dev('theory', theorySchema) }),
  exemplars: defineCollection({ loader: loader('exemplars'), schema: ({ image }) => dev('exemplars', exemplarSchema(image)) }),
  training: defineCollection({ loader: loader('training'), schema: dev('training', trainingSchema) }),
  plans: defineCollection({
    loader: loader('plans'),
    schema: dev(
      'plans',
      planSchema((c) => reference(c)),
    ),
  }),
};
