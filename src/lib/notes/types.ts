import type { TextAnchor } from './anchor.ts';

/** 划线 (a highlight, no text) or 记笔记 (a note with text). */
export type NoteKind = 'highlight' | 'note';

/** Longest note text. */
export const NOTE_MAX_LENGTH = 2000;
/** Longest 学习心得. */
export const REFLECTION_MAX_LENGTH = 5000;

/** A note or highlight on an entry's text. Deleted notes stay as tombstones (deletedAt set, body empty). */
export interface Note {
  /** Random id made on the member's device. */
  readonly id: string;
  /** Entry key `<collection>/<id>` the note belongs to. */
  readonly entry: string;
  readonly kind: NoteKind;
  readonly anchor: TextAnchor;
  /** The note, shown as plain text only. */
  readonly body: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  /** ISO 8601 UTC of the last edit (or of the deletion). */
  readonly updatedAt: string;
  /** ISO 8601 UTC when deleted, else null. */
  readonly deletedAt: string | null;
}

/** 学习心得 on an entry or a plan; the key is the entry key (plans are `plans/<id>`). */
export interface Reflection {
  readonly entry: string;
  readonly text: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}
