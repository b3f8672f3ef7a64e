import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { theorySchema } from './schemas/theory.ts';
import { exemplarSchema } from './schemas/exemplars.ts';
import { trainingSchema } from './schemas/training.ts';
import { planSchema } from './schemas/plans.ts';
import { CONTENT_BASES, ENTRY_PATTERN } from './lib/content/paths.ts';
import { entryId } from './lib/content/entry-id.ts';
import { idErrorMessage } from './lib/content/messages.ts';
import { existsSync } from 'node:fs';
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
  return glob({
    base: CONTENT_BASES[collection],
    pattern: ENTRY_PATTERN,
    // Astro would keep every body in memory and bundle it with the pages; the one place that
    // needs a body (reading counts and content hashes, lib/content/load.ts) reads the file.
    retainBody: false,
    generateId: ({ entry, data }) => {
      const result = entryId(entry, data);
      if (!result.ok) throw new Error(idErrorMessage(`${CONTENT_BASES[collection]}/${entry}`, result));
      if (collection === 'exemplars') dropMissingPortrait(`${CONTENT_BASES[collection]}/${entry}`, data);
      return result.id;
    },
  });
}

export const collections = {
  theory: defineCollection({ loader: loader('theory'), schema: theorySchema }),
  exemplars: defineCollection({ loader: loader('exemplars'), schema: ({ image }) => exemplarSchema(image) }),
  training: defineCollection({ loader: loader('training'), schema: trainingSchema }),
  plans: defineCollection({ loader: loader('plans'), schema: planSchema((c) => reference(c)) }),
};
