import { EMPTY_RECORD, STORAGE_KEY, emptyState, isEntryKey, type EntryKey, type ProgressRecord, type ProgressState } from './types.ts';
import { decodeStored, encodeState, type UnreadableReason } from './codec/envelope.ts';
import { sameRecord } from './codec/record.ts';
import { safeRead, safeWrite, type StorageFailure } from './persistence.ts';
import { statusMessage, type PersistenceProblem, type PersistenceStatus } from './status.ts';
import { applySettingsPatch } from './settings.ts';
import { incomingWins, mergeImport } from './merge.ts';
import { isUpdatedSince, withActiveSeconds, withAttended, withOpened, withRead, withScroll, withUnread } from './transitions.ts';
import { toIso } from './time.ts';
import type { OpenResult, ProgressListener, ProgressSnapshot, ProgressStore, ProgressStoreOptions } from './store-api.ts';

export type { OpenResult, ProgressListener, ProgressSnapshot, ProgressStore, ProgressStoreOptions };

/** Changes made here and not yet written. `all`: the whole local state must win (clear, import). */
interface Pending {
  any: boolean;
  all: boolean;
  settings: boolean;
  keys: Set<EntryKey>;
}

/**
 * Creates the store and loads what is stored. Small, frequent changes (scroll, active seconds)
 * wait for `flush()`; everything else is written at once.
 */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const storage = options.storage ?? null;
  const key = options.key ?? STORAGE_KEY;
  const clock = options.now ?? Date.now;
  let state: ProgressState = emptyState();
  let problem: PersistenceProblem | null = storage ? null : 'unavailable';
  let failure: StorageFailure | null = null;
  let unreadable: { raw: string; reason: UnreadableReason } | null = null;
  let droppedRecords = 0;
  let pending: Pending = { any: false, all: false, settings: false, keys: new Set() };
  let cached: ProgressSnapshot | null = null;
  const listeners = new Set<ProgressListener>();

  const timestamp = (): string => toIso(clock()) ?? new Date().toISOString();
  const canWrite = (): boolean => storage !== null && (problem === null || problem === 'write-failed');
  const resetPending = () => {
    pending = { any: false, all: false, settings: false, keys: new Set() };
  };

  function status(): PersistenceStatus {
    return {
      persistent: problem === null,
      problem,
      failure: problem === 'read-failed' || problem === 'write-failed' ? failure : null,
      unreadableReason: unreadable?.reason ?? null,
      droppedRecords,
      unsaved: pending.any,
      message: statusMessage(problem, failure, unreadable?.reason ?? null),
    };
  }

  function notify(): void {
    cached = null;
    const snap = snapshot();
    for (const listener of [...listeners]) {
      try {
        listener(snap);
      } catch {
        // A failing listener must not stop the others or the store.
      }
    }
  }

  function snapshot(): ProgressSnapshot {
    cached ??= { state, status: status() };
    return cached;
  }

  /** Writes the state if there is something to write and writing is allowed. */
  function save(): boolean {
    if (!pending.any) return true;
    if (!storage || !canWrite()) return false;
    const result = safeWrite(storage, key, encodeState(state));
    if (result.ok) {
      resetPending();
      problem = null;
      failure = null;
      return true;
    }
    problem = 'write-failed';
    failure = result.failure;
    return false;
  }

  /** Takes a stored value as the new truth, keeping local unsaved changes on top of it. */
  function adopt(text: string | null): void {
    const decoded = decodeStored(text);
    if (decoded.kind === 'unreadable') {
      problem = 'unreadable';
      unreadable = { raw: text as string, reason: decoded.reason };
      return;
    }
    const incoming = decoded.kind === 'ok' ? decoded.state : emptyState();
    droppedRecords = decoded.kind === 'ok' ? decoded.droppedRecords : 0;
    unreadable = null;
    state = pending.any ? overlayPending(incoming) : incoming;
    problem = problem === 'write-failed' && pending.any ? 'write-failed' : null;
  }

  function overlayPending(incoming: ProgressState): ProgressState {
    if (pending.all) return state;
    const records = new Map(incoming.records);
    for (const k of pending.keys) {
      const mine = state.records.get(k);
      const theirs = records.get(k);
      if (mine && (!theirs || !incomingWins(mine, theirs))) records.set(k, mine);
    }
    return { settings: pending.settings ? state.settings : incoming.settings, records };
  }

  function reload(): void {
    if (!storage) return;
    const read = safeRead(storage, key);
    if (!read.ok) {
      if (problem !== 'unreadable') {
        problem = 'read-failed';
        failure = read.failure;
      }
    } else {
      if (problem === 'read-failed') problem = null;
      adopt(read.value);
    }
    notify();
  }

  function update(
    entry: EntryKey,
    change: (record: ProgressRecord | undefined, at: string) => ProgressRecord | null,
    now: boolean,
  ): ProgressRecord | null {
    if (!isEntryKey(entry)) return null;
    const before = state.records.get(entry);
    const after = change(before, timestamp());
    if (!after) return null;
    if (sameRecord(before ?? EMPTY_RECORD, after)) return before ?? EMPTY_RECORD;
    const records = new Map(state.records);
    records.set(entry, after);
    state = { settings: state.settings, records };
    pending.any = true;
    pending.keys.add(entry);
    if (now) save();
    notify();
    return after;
  }

  /** A save the reader asked for: it may replace unreadable stored data. */
  function explicitSave(): boolean {
    if (!storage) {
      notify();
      return false;
    }
    if (problem === 'unreadable' || problem === 'read-failed') problem = null;
    unreadable = null;
    pending.any = true;
    pending.all = true;
    const ok = save();
    notify();
    return ok;
  }

  reload();

  return {
    get: (entry) => state.records.get(entry) ?? EMPTY_RECORD,
    all: () => state.records,
    state: () => state,
    snapshot,
    status,
    settings: () => state.settings,
    setSettings(patch) {
      const result = applySettingsPatch(state.settings, patch);
      if (!result.ok) return result;
      const { name, annualTarget } = result.settings;
      if (name === state.settings.name && annualTarget === state.settings.annualTarget) return result;
      state = { settings: result.settings, records: state.records };
      pending.any = true;
      pending.settings = true;
      save();
      notify();
      return result;
    },
    open(entry, contentHash = null) {
      const record = update(entry, withOpened, true);
      return record ? { record, updated: isUpdatedSince(record, contentHash) } : null;
    },
    setScroll: (entry, fraction) => update(entry, (r, at) => withScroll(r, fraction, at), false),
    addActiveSeconds: (entry, seconds) => update(entry, (r, at) => withActiveSeconds(r, seconds, at), false),
    markRead: (entry, contentHash) => update(entry, (r, at) => withRead(r, contentHash, at), true),
    markUnread: (entry) => update(entry, (r) => withUnread(r), true),
    setAttended: (entry, attended) => update(entry, (r, at) => withAttended(r, attended === true, at), true),
    importMerge(incoming) {
      if (problem === 'read-failed') reload();
      state = mergeImport(state, incoming);
      return explicitSave();
    },
    clear() {
      state = emptyState();
      droppedRecords = 0;
      resetPending();
      if (!storage) {
        notify();
        return false;
      }
      unreadable = null;
      const result = safeWrite(storage, key, null);
      problem = result.ok ? null : 'write-failed';
      failure = result.ok ? null : result.failure;
      if (!result.ok) pending = { any: true, all: true, settings: true, keys: new Set() };
      notify();
      return result.ok;
    },
    discardUnreadable: () => (problem === 'unreadable' ? explicitSave() : false),
    unreadableRaw: () => unreadable?.raw ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    applyExternalChange(newValue) {
      if (!storage || (newValue !== null && typeof newValue !== 'string')) return;
      if (problem === 'read-failed') problem = null;
      adopt(newValue);
      notify();
    },
    reload,
    flush() {
      if (!pending.any) return canWrite();
      const before = problem;
      const ok = save();
      if (ok || before !== problem) notify();
      return ok;
    },
  };
}
