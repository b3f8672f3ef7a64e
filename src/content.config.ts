import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { theorySchema } from './schemas/theory.ts';
import { exemplarSchema } from './schemas/exemplars.ts';
import { trainingSchema } from './schemas/training.ts';
import { planSchema } from './schemas/plans.ts';
import { CONTENT_BASES, ENTRY_PATTERN } from './lib/content/paths.ts';
import { entryId } from './lib/content/entry-id.ts';
import { idErrorMessage } from './lib/content/messages.ts';

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
