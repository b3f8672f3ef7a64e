import { createNotesStore, type NotesStore } from '../../lib/notes/store.ts';
import { storageOrNull } from '../safe-storage.ts';

let instance: NotesStore | null = null;

/** The page's one store of 学习笔记 and 学习心得 over `localStorage` (in memory when blocked). Never throws. */
export function notesStore(): NotesStore {
  instance ??= createNotesStore(storageOrNull());
  return instance;
}
