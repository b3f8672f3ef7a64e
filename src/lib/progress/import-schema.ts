import { z } from 'astro/zod';
import { noteSchema, reflectionSchema } from '../notes/schema.ts';
import { CONTENT_HASH_PATTERN, ENTRY_KEY_PATTERN, MAX_ACTIVE_SECONDS, NAME_MAX_LENGTH, READ_STATUSES } from './types.ts';
import { isValidTarget } from './codec/record.ts';
import { BRANCH_MAX_LENGTH, EXPORT_FORMAT, EXPORT_VERSION } from './export-json.ts';

// These schemas run in the browser under a Content-Security-Policy without 'unsafe-eval': zod must
// not probe for `new Function` (its JIT), which the browser reports as a violation even when caught.
z.config({ jitless: true });

/**
 * Most records one file may hold: a member reads a few hundred entries a year, so this is decades
 * of reading, while every page that reads the store stays quick (no long tasks over 200 ms).
 */
export const MAX_IMPORT_RECORDS = 5_000;
/** Longest record key (`collection/id`): entry ids are short slugs; a 4.9 MB key froze the tab. */
export const MAX_ENTRY_KEY_LENGTH = 120;
/** Most characters the records and settings may take once parsed (what storage would hold). */
export const MAX_IMPORT_CHARS = 2_000_000;

/** An ISO 8601 instant, `Z` or with an offset. */
const instant = z.iso.datetime({ offset: true });

/** One imported record: every field required, nothing extra, times consistent with status. */
export const importRecordSchema = z
  .strictObject({
    /** unread / reading / read (未读 / 在读 / 已读). */
    status: z.enum(READ_STATUSES),
    /** First time the entry was opened, or null. */
    firstOpenedAt: instant.nullable(),
    /** Latest time the entry was opened, or null. */
    lastOpenedAt: instant.nullable(),
    /** When it was marked read; set exactly when status is read. */
    readAt: instant.nullable(),
    /** Scroll position as a fraction 0..1. */
    scroll: z.number().min(0).max(1),
    /** Active reading seconds. */
    activeSeconds: z.number().min(0).max(MAX_ACTIVE_SECONDS),
    /** Hash of the content when read, or null. */
    contentHash: z.string().regex(CONTENT_HASH_PATTERN).nullable(),
    /** Training: 我参加了. */
    attended: z.boolean(),
    /** When attendance was recorded; only when attended. */
    attendedAt: instant.nullable(),
  })
  .refine((r) => (r.status === 'read') === (r.readAt !== null), { message: 'record:read-time', path: ['readAt'] })
  .refine((r) => r.attended || r.attendedAt === null, { message: 'record:attended-time', path: ['attendedAt'] });

/** Imported settings. */
export const importSettingsSchema = z.strictObject({
  /** Name for the printed record; may be empty. */
  name: z.string().max(NAME_MAX_LENGTH),
  /** Annual 学时 target. */
  annualTarget: z.number().refine(isValidTarget, { message: 'settings:target' }),
});

/** Most notes (tombstones included) and 学习心得 a file may carry. */
export const MAX_IMPORT_NOTES = 5000;

/** The whole export file, version 4 (see README.md); older versions are upgraded before this check. */
export const importFileSchema = z.strictObject({
  /** Always `xuexi-yuandi-progress`. */
  format: z.literal(EXPORT_FORMAT),
  /** Always 4 (after migration). */
  version: z.literal(EXPORT_VERSION),
  /** When the file was exported. */
  exportedAt: instant,
  settings: importSettingsSchema,
  /** The 党支部/党小组 the file was submitted to; empty for a plain backup. */
  branch: z.string().max(BRANCH_MAX_LENGTH),
  /** Records keyed by `<collection>/<id>`. */
  records: z
    .record(z.string().regex(ENTRY_KEY_PATTERN), importRecordSchema)
    .refine((r) => Object.keys(r).length <= MAX_IMPORT_RECORDS, { message: 'records:too-many' }),
  /** Notes and highlights (version 4; deleted ones as tombstones). */
  notes: z.array(noteSchema).max(MAX_IMPORT_NOTES),
  /** 学习心得 per entry or plan (version 4). */
  reflections: z.array(reflectionSchema).max(MAX_IMPORT_NOTES),
});

export type ImportFileData = z.output<typeof importFileSchema>;
export type ImportIssue = z.ZodError['issues'][number];
