import { isObject, ownValue } from '../progress/safe-object.ts';

/** The localStorage key of 保存本次台账, apart from the reader's own record (`xxyd:progress`). */
export const LEDGER_STORAGE_KEY = 'xxyd:ledger';
/** Version of the saved ledger. */
export const SAVED_LEDGER_VERSION = 1;

/** What 保存本次台账 keeps: the files as they were loaded (checked again on reading) and the page's choices. */
export interface SavedLedger {
  readonly files: readonly { name: string; text: string }[];
  readonly roster: string;
  readonly preparer: string;
}

/** The saved ledger as stored text. */
export function encodeSavedLedger(saved: SavedLedger): string {
  return JSON.stringify({ version: SAVED_LEDGER_VERSION, ...saved });
}

/**
 * Reads the stored text leniently: unreadable parts are dropped. The files go through the
 * import validator again when loaded, so nothing here is trusted.
 */
export function decodeSavedLedger(text: string | null): SavedLedger | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || ownValue(raw, 'version') !== SAVED_LEDGER_VERSION) return null;
  const files = ownValue(raw, 'files');
  const text_ = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    files: Array.isArray(files)
      ? files
          .filter(isObject)
          .map((f) => ({ name: text_(ownValue(f, 'name')), text: text_(ownValue(f, 'text')) }))
          .filter((f) => f.name && f.text)
      : [],
    roster: text_(ownValue(raw, 'roster')),
    preparer: text_(ownValue(raw, 'preparer')),
  };
}
