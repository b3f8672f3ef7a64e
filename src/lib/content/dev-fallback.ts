import type { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../../site.config.ts';

const FIX = '（待修正）';
const EPOCH = new Date(Date.UTC(1970, 0, 1));

/** Values that stand in for a field the editor has not got right yet (preview only). */
const PLACEHOLDERS: Record<CollectionName, Record<string, unknown>> = {
  theory: { title: FIX, summary: FIX, tags: [], draft: false, search: false, date: EPOCH, format: '自学', topics: [FIX] },
  exemplars: { title: FIX, summary: FIX, tags: [], draft: false, search: false, subject: FIX, kind: '个人', honour: FIX, awardedBy: FIX, awardedOn: EPOCH, unit: FIX },
  training: {
    title: FIX, summary: FIX, tags: [], draft: false, search: false, date: EPOCH, type: '专题讲座',
    organiser: FIX, location: FIX, lecturer: FIX, participants: 0, hours: 0.5,
  },
  plans: { title: FIX, summary: FIX, tags: [], draft: false, search: false, period: '1970', audience: FIX, date: EPOCH, items: [] },
};

/**
 * For `npm run dev` only: an entry that does not match its schema is kept, each wrong field
 * replaced by a placeholder, instead of failing the content sync. Astro would otherwise stop
 * the preview at start-up (InvalidContentEntryDataError) or keep showing the last good version;
 * now lists keep working and the entry's own page shows the problem panel (content-check.ts).
 * The build never uses this: the content checker stops it before any entry is read.
 */
export function lenient<S extends z.ZodType>(collection: CollectionName, schema: S): S {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return schema;
  return (schema as unknown as z.ZodObject).catch((ctx) => {
    const input = ctx.input && typeof ctx.input === 'object' ? (ctx.input as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      let parsed: { success: boolean; data?: unknown };
      try {
        parsed = field.safeParse(input[key]);
      } catch {
        // An image field checks its file asynchronously; a problem there is shown by the panel.
        parsed = { success: false };
      }
      const value = parsed.success ? parsed.data : PLACEHOLDERS[collection][key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  }) as unknown as S;
}

/** What Astro hands the glob loader for each file extension (internal to Astro, so typed here). */
interface EntryType {
  getEntryInfo(args: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown>; rawData?: string; slug?: string }>;
}
type EntryTypes = Map<string, EntryType>;

/**
 * For `npm run dev` only: a file whose front matter cannot be read (broken YAML) is loaded
 * with no fields instead of stopping the preview at start-up; `lenient` then fills the
 * placeholders and the page at the file's name shows the problem panel.
 */
export function tolerantLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: (ctx) => {
      const types = (ctx as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
      return loader.load(types ? ({ ...ctx, entryTypes: tolerantEntryTypes(types) } as LoaderContext) : ctx);
    },
  };
}

function tolerantEntryTypes(types: EntryTypes): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [ext, type] of types) {
    const safe = Object.create(type) as EntryType;
    safe.getEntryInfo = async (args) => {
      try {
        return await type.getEntryInfo(args);
      } catch {
        return { body: '', data: {}, rawData: '', slug: '' };
      }
    };
    wrapped.set(ext, safe);
  }
  return wrapped;
}
