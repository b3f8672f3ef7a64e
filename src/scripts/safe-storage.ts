/**
 * The site's one guard around `localStorage`: blocked storage (cookies off, some private modes)
 * throws on mere access, and full storage throws on writing. Everything here answers instead:
 * null, false, or nothing remembered.
 */

/** `localStorage`, or null when touching it throws. */
export function storageOrNull(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** localStorage that never throws: blocked or full storage just means nothing is remembered. */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Whether the value was kept. */
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  },
};
