/**
 * 学习笔记 and 学习心得 kept in this browser, beside the reading record (its own key, same
 * storage and the same 学习记录未能保存在本机 notice when storage is full or blocked).
 * Everything is kept in memory first, so typing is never lost while the page is open; the
 * status says when it was not saved. No DOM, no zod: the stored value is read leniently.
 */
import { safeRead, safeWrite, type StorageFailure, type StorageLike } from '../progress/persistence.ts';
import { statusMessage } from '../progress/status.ts';
import { isObject, ownValue } from '../progress/safe-object.ts';
import type { TextAnchor } from './anchor.ts';
import { NOTES_STORAGE_KEY } from './storage-key.ts';
import { liveNotes, mergeNotes, mergeReflections, tombstone, type MergeResult } from './merge.ts';
import { NOTE_MAX_LENGTH, REFLECTION_MAX_LENGTH, type Note, type NoteKind, type Reflection } from './types.ts';

/** Version of the stored envelope `{ version, notes, reflections }`. */
export const NOTES_STORED_VERSION = 1;

export interface NotesStatus {
  /** True while everything is saved in this browser. */
  readonly saved: boolean;
  readonly failure: StorageFailure | null;
  /** The notice to show (学习记录未能保存在本机：…), or null. */
  readonly message: string | null;
}

export interface NotesStore {
  /** Every note, tombstones included (for export). */
  allNotes(): Note[];
  /** Notes still shown, newest edit first; only those of `entry` when given. */
  notes(entry?: string): Note[];
  /** Every 学习心得, deleted ones included (for export). */
  allReflections(): Reflection[];
  reflection(entry: string): Reflection | null;
  addNote(entry: string, kind: NoteKind, anchor: TextAnchor, body?: string): Note;
  editNote(id: string, body: string): Note | null;
  deleteNote(id: string): boolean;
  /** Saves 学习心得 (an empty text deletes it). */
  setReflection(entry: string, text: string): Reflection | null;
  /** Merges an import per note and per reflection; newer edits win, deletions are kept. */
  merge(notes: readonly Note[], reflections: readonly Reflection[]): { notes: MergeResult<Note>; reflections: MergeResult<Reflection> };
  status(): NotesStatus;
  /** Forgets every note and 学习心得 here and in storage; false when storage refused. */
  clear(): boolean;
}

function isText(v: unknown): v is string {
  return typeof v === 'string';
}

function readAnchor(v: unknown): TextAnchor | null {
  if (!isObject(v)) return null;
  const [exact, prefix, suffix, start, end] = ['exact', 'prefix', 'suffix', 'start', 'end'].map((k) => ownValue(v, k));
  if (!isText(exact) || exact === '' || !isText(prefix) || !isText(suffix)) return null;
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    end <= start ||
    start < 0
  )
    return null;
  return { exact, prefix, suffix, start, end };
}

function readNote(v: unknown): Note | null {
  if (!isObject(v)) return null;
  const get = (k: string) => ownValue(v, k);
  const anchor = readAnchor(get('anchor'));
  const [id, entry, kind, body, createdAt, updatedAt, deletedAt] = [
    'id',
    'entry',
    'kind',
    'body',
    'createdAt',
    'updatedAt',
    'deletedAt',
  ].map(get);
  if (
    !anchor ||
    !isText(id) ||
    !isText(entry) ||
    (kind !== 'note' && kind !== 'highlight') ||
    !isText(body) ||
    !isText(createdAt) ||
    !isText(updatedAt)
  )
    return null;
  if (deletedAt !== null && !isText(deletedAt)) return null;
  return { id, entry, kind, anchor, body, createdAt, updatedAt, deletedAt };
}

function readReflection(v: unknown): Reflection | null {
  if (!isObject(v)) return null;
  const [entry, text, updatedAt, deletedAt] = ['entry', 'text', 'updatedAt', 'deletedAt'].map((k) => ownValue(v, k));
  if (!isText(entry) || !isText(text) || !isText(updatedAt) || (deletedAt !== null && !isText(deletedAt))) return null;
  return { entry, text, updatedAt, deletedAt };
}

/** Reads the stored string; anything unreadable is skipped item by item, never thrown. */
export function decodeNotes(raw: string | null): { notes: Note[]; reflections: Reflection[] } {
  const empty = { notes: [], reflections: [] };
  if (raw === null) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isObject(value) || ownValue(value, 'version') !== NOTES_STORED_VERSION) return empty;
  const notes = ownValue(value, 'notes');
  const reflections = ownValue(value, 'reflections');
  return {
    notes: Array.isArray(notes) ? notes.map(readNote).filter((n): n is Note => n !== null) : [],
    reflections: Array.isArray(reflections) ? reflections.map(readReflection).filter((r): r is Reflection => r !== null) : [],
  };
}

function randomId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `n-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** `storage` is null when the browser refused access to it at all. */
export function createNotesStore(storage: StorageLike | null, now: () => number = Date.now, newId: () => string = randomId): NotesStore {
  const read = storage ? safeRead(storage, NOTES_STORAGE_KEY) : { ok: false as const, failure: 'blocked' as StorageFailure };
  let { notes, reflections } = decodeNotes(read.ok ? read.value : null);
  // When reading failed we do not know what is stored, so we never overwrite it.
  const writable = storage !== null && read.ok;
  let failure: StorageFailure | null = read.ok ? null : read.failure;

  const iso = () => new Date(now()).toISOString();
  function save(): void {
    if (!writable) return;
    const outcome = safeWrite(storage, NOTES_STORAGE_KEY, JSON.stringify({ version: NOTES_STORED_VERSION, notes, reflections }));
    failure = outcome.ok ? null : outcome.failure;
  }
  function replaceNote(next: Note): void {
    notes = [...notes.filter((n) => n.id !== next.id), next];
  }

  return {
    allNotes: () => [...notes],
    notes: (entry) => liveNotes(entry === undefined ? notes : notes.filter((n) => n.entry === entry)),
    allReflections: () => [...reflections],
    reflection: (entry) => reflections.find((r) => r.entry === entry && r.deletedAt === null) ?? null,
    addNote(entry, kind, anchor, body = '') {
      const at = iso();
      const note: Note = {
        id: newId(),
        entry,
        kind,
        anchor,
        body: body.slice(0, NOTE_MAX_LENGTH),
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
      replaceNote(note);
      save();
      return note;
    },
    editNote(id, body) {
      const current = notes.find((n) => n.id === id && n.deletedAt === null);
      if (!current) return null;
      const next: Note = {
        ...current,
        body: body.slice(0, NOTE_MAX_LENGTH),
        kind: body.trim() === '' ? current.kind : 'note',
        updatedAt: iso(),
      };
      replaceNote(next);
      save();
      return next;
    },
    deleteNote(id) {
      const current = notes.find((n) => n.id === id && n.deletedAt === null);
      if (!current) return false;
      replaceNote(tombstone(current, iso()));
      save();
      return true;
    },
    setReflection(entry, text) {
      const at = iso();
      const trimmed = text.slice(0, REFLECTION_MAX_LENGTH);
      const next: Reflection =
        trimmed.trim() === ''
          ? { entry, text: '', updatedAt: at, deletedAt: at }
          : { entry, text: trimmed, updatedAt: at, deletedAt: null };
      reflections = [...reflections.filter((r) => r.entry !== entry), next];
      save();
      return next.deletedAt === null ? next : null;
    },
    merge(incomingNotes, incomingReflections) {
      const n = mergeNotes(notes, incomingNotes);
      const r = mergeReflections(reflections, incomingReflections);
      notes = n.items;
      reflections = r.items;
      save();
      return { notes: n, reflections: r };
    },
    clear() {
      notes = [];
      reflections = [];
      if (!writable) return false;
      const outcome = safeWrite(storage, NOTES_STORAGE_KEY, null);
      failure = outcome.ok ? null : outcome.failure;
      return outcome.ok;
    },
    status() {
      const saved = writable && failure === null;
      const problem = saved ? null : storage === null ? 'unavailable' : !read.ok ? 'read-failed' : 'write-failed';
      return { saved, failure, message: statusMessage(problem, failure, null) };
    },
  };
}
