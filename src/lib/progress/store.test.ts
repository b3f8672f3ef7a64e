import { describe, expect, test, vi } from 'vitest';
import { EMPTY_RECORD, STORAGE_KEY } from './types.ts';
import { createProgressStore, type ProgressSnapshot } from './store.ts';
import { MemoryStorage } from './memory-storage.ts';
import { encodeState } from './codec/envelope.ts';

const T0 = Date.UTC(2026, 2, 1, 1, 0);

/** A store over a fresh MemoryStorage with a clock that advances one minute per call. */
function setup(initial?: string, storage = new MemoryStorage()) {
  if (initial !== undefined) storage.data.set(STORAGE_KEY, initial);
  let t = T0;
  const now = () => (t += 60_000);
  return { storage, store: createProgressStore({ storage, now }), stored: () => storage.data.get(STORAGE_KEY) };
}

describe('createProgressStore', () => {
  test('starts empty and persistent when nothing is stored', () => {
    const { store } = setup();
    expect(store.status()).toMatchObject({ persistent: true, problem: null, message: null, unsaved: false });
    expect(store.all().size).toBe(0);
    expect(store.get('theory/a')).toBe(EMPTY_RECORD);
  });

  test('open marks 在读 and is saved at once as { version: 2, state }', () => {
    const { store, stored } = setup();
    const result = store.open('theory/a', 'h1');
    expect(result).toMatchObject({ updated: false, record: { status: 'reading', firstOpenedAt: '2026-03-01T01:01:00.000Z' } });
    expect(JSON.parse(stored() ?? '')).toMatchObject({ version: 2, state: { records: { 'theory/a': { status: 'reading' } } } });
  });

  test('scroll and active seconds wait for flush()', () => {
    const { store, storage } = setup();
    store.open('theory/a');
    const writes = storage.writes;
    store.setScroll('theory/a', 0.4);
    store.addActiveSeconds('theory/a', 15);
    expect(storage.writes).toBe(writes);
    expect(store.status().unsaved).toBe(true);
    expect(store.flush()).toBe(true);
    expect(storage.writes).toBe(writes + 1);
    expect(createProgressStore({ storage }).get('theory/a')).toMatchObject({ scroll: 0.4, activeSeconds: 15 });
  });

  test('markRead, markUnread and setAttended are saved at once', () => {
    const { store, storage } = setup();
    store.markRead('theory/a', 'h1');
    store.setAttended('training/t', true);
    const reopened = createProgressStore({ storage });
    expect(reopened.get('theory/a')).toMatchObject({ status: 'read', contentHash: 'h1' });
    expect(reopened.get('training/t')).toMatchObject({ attended: true });
    store.markUnread('theory/a');
    expect(createProgressStore({ storage }).get('theory/a').status).toBe('unread');
  });

  test('open reports 有更新 when the content changed since it was read', () => {
    const { store } = setup();
    store.markRead('theory/a', 'h1');
    expect(store.open('theory/a', 'h2')?.updated).toBe(true);
    expect(store.open('theory/a', 'h1')?.updated).toBe(false);
  });

  test('ignores bad entry keys without storing anything', () => {
    const { store, storage } = setup();
    expect(store.open('__proto__')).toBeNull();
    expect(store.markRead('theory/../x', 'h')).toBeNull();
    expect(storage.writes).toBe(0);
  });

  test('a no-op change neither writes nor notifies', () => {
    const { store, storage } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.markUnread('theory/a')).toBe(EMPTY_RECORD);
    expect(store.setAttended('training/t', false)).toBe(EMPTY_RECORD);
    expect(storage.writes).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });

  test('settings are validated and saved', () => {
    const { store, storage } = setup();
    expect(store.settings()).toEqual({ name: '', annualTarget: 32 });
    expect(store.setSettings({ name: '张三', annualTarget: 40 }).ok).toBe(true);
    expect(createProgressStore({ storage }).settings()).toEqual({ name: '张三', annualTarget: 40 });
    expect(store.setSettings({ name: '<i>x</i>' })).toMatchObject({ ok: false, code: 'invalid-name' });
    expect(store.settings().name).toBe('张三');
  });

  test('subscribers get snapshots; unsubscribing stops them; a throwing listener harms no one', () => {
    const { store } = setup();
    const seen: ProgressSnapshot[] = [];
    store.subscribe(() => {
      throw new Error('boom');
    });
    const stop = store.subscribe((s) => seen.push(s));
    store.open('theory/a');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.state.records.get('theory/a')?.status).toBe('reading');
    expect(seen[0]).toBe(store.snapshot());
    stop();
    store.open('theory/b');
    expect(seen).toHaveLength(1);
  });
});

describe('loading what is stored', () => {
  test('migrates a v1 value and only rewrites it when something changes', () => {
    const v1 = JSON.stringify({
      version: 1,
      state: { name: '李四', entries: { 'theory/a': { status: 'read', opened: T0, read: T0, scroll: 100 } } },
    });
    const { store, storage, stored } = setup(v1);
    expect(store.get('theory/a')).toMatchObject({ status: 'read', scroll: 1 });
    expect(store.settings().name).toBe('李四');
    expect(storage.writes).toBe(0);
    store.open('theory/b');
    expect(JSON.parse(stored() ?? '').version).toBe(2);
  });

  test('one bad record among good ones: the others load and the count is reported', () => {
    const text =
      '{"version":2,"state":{"settings":{},"records":{"theory/a":{"status":"reading","lastOpenedAt":"2026-03-01T00:00:00.000Z"},"theory/b":7,"x":{}}}}';
    const { store } = setup(text);
    expect([...store.all().keys()]).toEqual(['theory/a']);
    expect(store.status()).toMatchObject({ persistent: true, droppedRecords: 2 });
  });
});

describe('when storage is missing or blocked', () => {
  test('no storage at all: works in memory, says so, never throws', () => {
    const store = createProgressStore({ storage: null });
    expect(store.status()).toMatchObject({ persistent: false, problem: 'unavailable' });
    expect(store.status().message).toContain('学习记录未能保存在本机');
    expect(store.open('theory/a')?.record.status).toBe('reading');
    expect(store.flush()).toBe(false);
    const listener = vi.fn();
    store.subscribe(listener);
    const incoming = {
      settings: { name: '', annualTarget: 32 },
      records: new Map([['theory/x', { ...EMPTY_RECORD, status: 'reading' as const, lastOpenedAt: '2026-01-01T00:00:00.000Z' }]]),
    };
    expect(store.importMerge(incoming)).toBe(false);
    expect(store.get('theory/x').status).toBe('reading');
    expect(listener).toHaveBeenCalledOnce();
    expect(store.clear()).toBe(false);
    expect(store.all().size).toBe(0);
  });

  test('getItem throwing: read-failed, and nothing is written over what we could not read', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, encodeState({ settings: { name: '旧', annualTarget: 32 }, records: new Map() }));
    storage.faults.failGet = true;
    const { store } = setup(undefined, storage);
    expect(store.status()).toMatchObject({ problem: 'read-failed', failure: 'blocked', persistent: false });
    store.markRead('theory/a', 'h');
    expect(store.flush()).toBe(false);
    expect(storage.writes).toBe(0);
  });

  test('reload after storage is unblocked keeps both the stored data and the changes made meanwhile', () => {
    const storage = new MemoryStorage();
    storage.data.set(
      STORAGE_KEY,
      encodeState({
        settings: { name: '旧', annualTarget: 32 },
        records: new Map([['theory/old', { ...EMPTY_RECORD, status: 'reading' as const, lastOpenedAt: '2026-01-01T00:00:00.000Z' }]]),
      }),
    );
    storage.faults.failGet = true;
    const { store } = setup(undefined, storage);
    store.markRead('theory/a', 'h');
    storage.faults.failGet = false;
    store.reload();
    expect(store.status().problem).toBeNull();
    expect([...store.all().keys()].sort()).toEqual(['theory/a', 'theory/old']);
    expect(store.settings().name).toBe('旧');
    expect(store.flush()).toBe(true);
  });
});

describe('when stored data is corrupt', () => {
  test('bad JSON is kept aside and not overwritten by later changes', () => {
    const { store, storage, stored } = setup('{"version":2,"state":');
    expect(store.status()).toMatchObject({ problem: 'unreadable', unreadableReason: 'json', persistent: false });
    expect(store.unreadableRaw()).toBe('{"version":2,"state":');
    store.open('theory/a');
    store.markRead('theory/a', 'h');
    expect(store.flush()).toBe(false);
    expect(stored()).toBe('{"version":2,"state":');
    expect(storage.writes).toBe(0);
    expect(store.get('theory/a').status).toBe('read');
  });

  test('a value with the wrong shape is treated the same way', () => {
    const { store, stored } = setup('["not", "ours"]');
    expect(store.status()).toMatchObject({ problem: 'unreadable', unreadableReason: 'shape' });
    store.open('theory/a');
    expect(stored()).toBe('["not", "ours"]');
  });

  test('a value written by a newer version is left alone', () => {
    const newer = '{"version":3,"state":{"records":{}}}';
    const { store, stored } = setup(newer);
    expect(store.status().unreadableReason).toBe('newer-version');
    store.open('theory/a');
    expect(stored()).toBe(newer);
  });

  test('discardUnreadable is the explicit way to start saving again', () => {
    const { store, stored } = setup('garbage');
    store.open('theory/a');
    expect(store.discardUnreadable()).toBe(true);
    expect(store.status()).toMatchObject({ problem: null, persistent: true });
    expect(store.unreadableRaw()).toBeNull();
    expect(JSON.parse(stored() ?? '').state.records['theory/a'].status).toBe('reading');
    expect(store.discardUnreadable()).toBe(false);
  });

  test('clear() and importMerge() are explicit too and may replace it', () => {
    const a = setup('garbage');
    expect(a.store.clear()).toBe(true);
    expect(a.stored()).toBeUndefined();
    const b = setup('garbage');
    const incoming = {
      settings: { name: '', annualTarget: 32 },
      records: new Map([['theory/x', { ...EMPTY_RECORD, status: 'reading' as const, lastOpenedAt: '2026-01-01T00:00:00.000Z' }]]),
    };
    expect(b.store.importMerge(incoming)).toBe(true);
    expect(JSON.parse(b.stored() ?? '').state.records['theory/x']).toBeDefined();
  });
});

describe('when saving fails', () => {
  test('quota exceeded: keeps working in memory, sets the flag, throws nothing, recovers later', () => {
    const { store, storage } = setup();
    const statuses: (string | null)[] = [];
    store.subscribe((s) => statuses.push(s.status.problem));
    storage.faults.failSet = 'quota';
    expect(() => store.markRead('theory/a', 'h')).not.toThrow();
    expect(store.get('theory/a').status).toBe('read');
    expect(store.status()).toMatchObject({ problem: 'write-failed', failure: 'quota', persistent: false, unsaved: true });
    expect(store.status().message).toContain('学习记录未能保存在本机');
    storage.faults.failSet = null;
    expect(store.flush()).toBe(true);
    expect(store.status()).toMatchObject({ problem: null, unsaved: false });
    expect(statuses).toEqual(['write-failed', null]);
    expect(createProgressStore({ storage }).get('theory/a').status).toBe('read');
  });

  test('a blocked setItem is reported as blocked', () => {
    const { store, storage } = setup();
    storage.faults.failSet = 'blocked';
    store.open('theory/a');
    expect(store.status()).toMatchObject({ problem: 'write-failed', failure: 'blocked' });
  });

  test('clear() with removeItem failing empties memory and writes the empty state later', () => {
    const { store, storage } = setup();
    store.open('theory/a');
    storage.faults.failRemove = true;
    expect(store.clear()).toBe(false);
    expect(store.all().size).toBe(0);
    expect(store.status().problem).toBe('write-failed');
    expect(store.flush()).toBe(true);
    expect(createProgressStore({ storage }).all().size).toBe(0);
  });
});

describe('applyExternalChange (storage event from another tab)', () => {
  /** Two stores over one storage with one clock, like two tabs of the same browser. */
  function twoTabs() {
    const storage = new MemoryStorage();
    let t = T0;
    const now = () => (t += 60_000);
    const a = createProgressStore({ storage, now });
    const b = createProgressStore({ storage, now });
    const sync = () => b.applyExternalChange(storage.getItem(STORAGE_KEY));
    return { storage, a, b, sync };
  }

  test("takes the other tab's records and notifies", () => {
    const { a, b, sync } = twoTabs();
    const listener = vi.fn();
    b.subscribe(listener);
    a.markRead('theory/a', 'h');
    sync();
    expect(b.get('theory/a').status).toBe('read');
    expect(listener).toHaveBeenCalledOnce();
  });

  test('a cleared key (null) empties this tab too', () => {
    const { a, b, sync } = twoTabs();
    a.open('theory/a');
    sync();
    a.clear();
    sync();
    expect(b.all().size).toBe(0);
  });

  test('keeps this tab’s unsaved scroll, but not over a newer change to the same entry', () => {
    const { a, b, sync } = twoTabs();
    b.open('theory/mine');
    b.open('theory/shared');
    a.reload();
    b.setScroll('theory/mine', 0.7);
    b.setScroll('theory/shared', 0.2);
    a.markRead('theory/shared', 'h');
    sync();
    expect(b.get('theory/mine').scroll).toBe(0.7);
    expect(b.get('theory/shared').status).toBe('read');
    expect(b.status().unsaved).toBe(true);
  });

  test('does not resurrect entries the other tab marked unread', () => {
    const { a, b, sync } = twoTabs();
    a.markRead('theory/x', 'h');
    sync();
    b.setScroll('theory/y', 0.5);
    a.markUnread('theory/x');
    sync();
    expect(b.get('theory/x').status).toBe('unread');
  });

  test('garbage from another tab: keeps this state, stops writing, recovers on a good value', () => {
    const { a, b, storage } = twoTabs();
    a.open('theory/a');
    b.applyExternalChange(storage.getItem(STORAGE_KEY));
    b.applyExternalChange('{oops');
    expect(b.get('theory/a').status).toBe('reading');
    expect(b.status().problem).toBe('unreadable');
    a.open('theory/b');
    b.applyExternalChange(storage.getItem(STORAGE_KEY));
    expect(b.status().problem).toBeNull();
    expect(b.all().size).toBe(2);
  });

  test('reload() re-reads storage, e.g. on pageshow', () => {
    const { a, b } = twoTabs();
    a.markRead('theory/a', 'h');
    b.reload();
    expect(b.get('theory/a').status).toBe('read');
  });
});
