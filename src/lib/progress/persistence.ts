/**
 * The smallest part of the Web Storage API the store needs. In the browser pass
 * `window.localStorage` (read inside try/catch: merely touching it can throw); in tests a Map.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why storage refused: full (`quota`) or not allowed at all (`blocked`: SecurityError, private mode…). */
export type StorageFailure = 'quota' | 'blocked';

export type ReadOutcome = { ok: true; value: string | null } | { ok: false; failure: StorageFailure };
export type WriteOutcome = { ok: true } | { ok: false; failure: StorageFailure };

/** Whether an error thrown by storage means "full" (names and legacy codes differ per browser). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function failure(error: unknown): StorageFailure {
  return isQuotaError(error) ? 'quota' : 'blocked';
}

/** Reads `key` without throwing. A non-string answer from an odd backend counts as nothing stored. */
export function safeRead(storage: StorageLike, key: string): ReadOutcome {
  try {
    const value: unknown = storage.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch (error) {
    return { ok: false, failure: failure(error) };
  }
}

/** Writes `value` under `key`, or removes the key when `value` is null, without throwing. */
export function safeWrite(storage: StorageLike, key: string, value: string | null): WriteOutcome {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: failure(error) };
  }
}
