import { CURRENT_VERSION, type ProgressState } from '../types.ts';
import { isObject, ownValue, safeObject } from '../safe-object.ts';
import { migrate, type StoredV2 } from './migrate.ts';

/** Why a stored value could not be used. */
export type UnreadableReason = 'json' | 'shape' | 'newer-version';

/** The outcome of reading the stored string. */
export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ProgressState; fromVersion: number; droppedRecords: number }
  | { kind: 'unreadable'; reason: UnreadableReason };

/** Serialises state as the current stored envelope `{ version: 2, state }`. */
export function encodeState(state: ProgressState): string {
  const stored: StoredV2 = {
    version: CURRENT_VERSION as 2,
    state: {
      settings: { name: state.settings.name, annualTarget: state.settings.annualTarget },
      records: safeObject([...state.records].map(([k, r]) => [k, { ...r }] as const)),
    },
  };
  return JSON.stringify(stored);
}

/**
 * Parses and migrates the stored string. `null` (nothing stored) is `empty`; anything that
 * cannot be understood is `unreadable`, so the caller can keep it instead of overwriting.
 */
export function decodeStored(text: string | null): DecodeResult {
  if (text === null) return { kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'json' };
  }
  const version = isObject(raw) ? ownValue(raw, 'version') : undefined;
  if (typeof version === 'number' && version > CURRENT_VERSION) return { kind: 'unreadable', reason: 'newer-version' };
  const result = migrate(raw);
  return result ? { kind: 'ok', ...result } : { kind: 'unreadable', reason: 'shape' };
}
