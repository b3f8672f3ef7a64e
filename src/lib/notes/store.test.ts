import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../progress/memory-storage.ts';
import { createNotesStore } from './store.ts';
import { NOTES_STORAGE_KEY } from './storage-key.ts';

const anchor = { exact: '坚持每天读一点', prefix: '第二段：', suffix: '，积少成多', start: 4, end: 11 };
function setup(storage: MemoryStorage | null = new MemoryStorage()) {
  let t = Date.parse('2026-03-01T00:00:00Z');
  let n = 0;
  const store = createNotesStore(
    storage,
    () => (t += 1000),
    () => `n-test${(n += 1)}`,
  );
  return { store, storage };
}

describe('createNotesStore', () => {
  it('keeps notes across a reload', () => {
    const { store, storage } = setup();
    store.addNote('theory/a', 'note', anchor, '要点');
    store.addNote('theory/a', 'highlight', anchor);
    const again = createNotesStore(storage);
    expect(again.notes('theory/a').map((x) => x.kind)).toEqual(['highlight', 'note']);
    expect(again.status()).toEqual({ saved: true, failure: null, message: null });
  });

  it('edits and deletes, keeping a tombstone for backups', () => {
    const { store } = setup();
    const note = store.addNote('theory/a', 'highlight', anchor);
    expect(store.editNote(note.id, '补一句')?.kind).toBe('note');
    expect(store.deleteNote(note.id)).toBe(true);
    expect(store.notes()).toEqual([]);
    expect(store.allNotes()[0]?.deletedAt).not.toBeNull();
    expect(store.editNote(note.id, '删了就不能改')).toBeNull();
  });

  it('keeps 学习心得 per entry or plan, and an empty text deletes it', () => {
    const { store } = setup();
    store.setReflection('plans/spring', '第一稿');
    store.setReflection('plans/spring', '第二稿');
    expect(store.reflection('plans/spring')?.text).toBe('第二稿');
    store.setReflection('plans/spring', '  ');
    expect(store.reflection('plans/spring')).toBeNull();
  });

  it('keeps typing in memory and says so when storage is full', () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    storage.faults.failSet = 'quota';
    store.setReflection('theory/a', '还没保存的心得');
    expect(store.reflection('theory/a')?.text).toBe('还没保存的心得');
    expect(store.status().saved).toBe(false);
    expect(store.status().message).toMatch(/^学习记录未能保存在本机：浏览器存储空间已满/);
    storage.faults.failSet = null;
    store.setReflection('theory/a', '还没保存的心得，续写');
    expect(store.status().saved).toBe(true);
    expect(storage.data.get(NOTES_STORAGE_KEY)).toContain('续写');
  });

  it('works in memory when storage is blocked, and never overwrites what it could not read', () => {
    const { store } = setup(null);
    store.addNote('theory/a', 'note', anchor, '只在内存');
    expect(store.notes()).toHaveLength(1);
    expect(store.status().message).toMatch(/^学习记录未能保存在本机/);
    const storage = new MemoryStorage();
    storage.data.set(NOTES_STORAGE_KEY, 'kept');
    storage.faults.failGet = true;
    const blocked = setup(storage).store;
    blocked.addNote('theory/a', 'note', anchor, 'x');
    expect(storage.data.get(NOTES_STORAGE_KEY)).toBe('kept');
  });

  it('skips unreadable stored items instead of failing', () => {
    const storage = new MemoryStorage();
    storage.data.set(
      NOTES_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        notes: [{ id: 1 }, null],
        reflections: [{ entry: 'theory/a', text: '好', updatedAt: '2026-03-01T00:00:00Z', deletedAt: null }],
      }),
    );
    const store = createNotesStore(storage);
    expect(store.notes()).toEqual([]);
    expect(store.reflection('theory/a')?.text).toBe('好');
    storage.data.set(NOTES_STORAGE_KEY, '{not json');
    expect(createNotesStore(storage).notes()).toEqual([]);
  });

  it('clears notes here and in storage', () => {
    const { store, storage } = setup();
    store.addNote('theory/a', 'note', anchor, '要清除');
    expect(store.clear()).toBe(true);
    expect(store.notes()).toEqual([]);
    expect(storage?.data.has(NOTES_STORAGE_KEY)).toBe(false);
  });

  it('merges an import: newer edit wins, deletions respected', () => {
    const { store } = setup();
    const mine = store.addNote('theory/a', 'note', anchor, '本机');
    const r = store.merge([{ ...mine, body: '文件里更新的', updatedAt: '2030-01-01T00:00:00.000Z' }], []);
    expect(r.notes.updated).toBe(1);
    expect(store.notes()[0]?.body).toBe('文件里更新的');
  });
});
