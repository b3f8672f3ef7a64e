/**
 * zod schemas for notes and 学习心得 in import files (export format v4). Loaded only when a
 * file is imported, like src/lib/progress/import-schema.ts, so zod stays off article pages.
 */
import { z } from 'astro/zod';

// Run in the browser under a CSP without 'unsafe-eval' (see src/lib/progress/import-schema.ts).
z.config({ jitless: true });
import { NOTE_MAX_LENGTH, REFLECTION_MAX_LENGTH } from './types.ts';

/** An entry key: `<collection>/<id>` with the content id rule. */
const entryKey = z.string().regex(/^(theory|exemplars|training|plans)\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
const instant = z.iso.datetime({ offset: true });

/** A W3C text-quote + position anchor. */
export const textAnchorSchema = z
  .object({
    /** The quoted passage (1–2000 characters). */
    exact: z.string().min(1).max(NOTE_MAX_LENGTH),
    /** Text before the passage. */
    prefix: z.string().max(200),
    /** Text after the passage. */
    suffix: z.string().max(200),
    /** Offset of the passage when the note was made. */
    start: z.number().int().nonnegative(),
    /** Offset just after the passage. */
    end: z.number().int().nonnegative(),
  })
  .refine((a) => a.end > a.start, { message: 'end 必须大于 start' });

/** A note or highlight (deleted ones are tombstones with deletedAt set). */
export const noteSchema = z.object({
  /** Random id made on the member's device. */
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  /** The entry the note belongs to. */
  entry: entryKey,
  /** 划线 or 记笔记. */
  kind: z.enum(['highlight', 'note']),
  anchor: textAnchorSchema,
  /** The note text, plain text. */
  body: z.string().max(NOTE_MAX_LENGTH),
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable(),
});

/** 学习心得 on an entry or plan. */
export const reflectionSchema = z.object({
  /** The entry or plan (`plans/<id>`). */
  entry: entryKey,
  /** The reflection, plain text. */
  text: z.string().max(REFLECTION_MAX_LENGTH),
  updatedAt: instant,
  deletedAt: instant.nullable(),
});
