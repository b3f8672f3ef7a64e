import { createNotesStore, type NotesStore } from '../../lib/notes/store.ts';
import type { StorageLike } from '../../lib/progress/persistence.ts';

let instance: NotesStore | null = null;

/** The page's one store of 学习笔记 and 学习心得 over `localStorage` (in memory when blocked). Never throws. */
export function notesStore(): NotesStore {
  if (instance) return instance;
  let storage: StorageLike | null;
  try {
    storage = window.localStorage ?? null;
  } catch {
    storage = null;
  }
  instance = createNotesStore(storage);
  return instance;
}
