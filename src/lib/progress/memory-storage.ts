import type { StorageLike } from './persistence.ts';

/** How a `MemoryStorage` should misbehave, to rehearse browsers that block or fill up. */
export interface StorageFaults {
  /** Make `getItem` throw a SecurityError. */
  failGet?: boolean;
  /** Make `setItem` throw: `quota` (QuotaExceededError) or `blocked` (SecurityError). */
  failSet?: 'quota' | 'blocked' | null;
  /** Make `removeItem` throw a SecurityError. */
  failRemove?: boolean;
}

function domError(name: string, code: number): Error {
  return Object.assign(new Error(name), { name, code });
}

/**
 * A Map-backed `StorageLike` for tests (and anywhere without Web Storage). Faults can be
 * switched on and off while it is in use; `writes` counts successful setItem calls.
 */
export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  faults: StorageFaults = {};
  writes = 0;

  getItem(key: string): string | null {
    if (this.faults.failGet) throw domError('SecurityError', 18);
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.faults.failSet === 'quota') throw domError('QuotaExceededError', 22);
    if (this.faults.failSet === 'blocked') throw domError('SecurityError', 18);
    this.data.set(key, String(value));
    this.writes += 1;
  }

  removeItem(key: string): void {
    if (this.faults.failRemove) throw domError('SecurityError', 18);
    this.data.delete(key);
  }
}
