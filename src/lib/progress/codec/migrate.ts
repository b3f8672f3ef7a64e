import { CURRENT_VERSION, type ProgressState } from '../types.ts';
import { isObject, ownValue, safeObject } from '../safe-object.ts';
import { toIso } from '../time.ts';
import { readRecords, readSettings } from './record.ts';

/**
 * Version 1, the first stored shape (kept here so old browsers upgrade cleanly):
 * times were epoch milliseconds, scroll was a percentage and there was no attendance or
 * content hash. Settings sat beside the entries.
 */
export interface StoredV1 {
  version: 1;
  state: {
    name?: string;
    target?: number;
    entries: Record<
      string,
      {
        status?: 'unread' | 'reading' | 'read';
        opened?: number;
        lastOpened?: number;
        read?: number | null;
        scroll?: number;
        seconds?: number;
      }
    >;
  };
}

/** Version 2, the current stored shape; see README.md. Records are keyed by entry key. */
export interface StoredV2 {
  version: 2;
  state: {
    settings: { name: string; annualTarget: number };
    records: Record<string, Record<string, unknown>>;
  };
}

/** What `migrate` returns: the typed state, the version it came from and how many records were unreadable. */
export interface MigrationResult {
  state: ProgressState;
  fromVersion: number;
  droppedRecords: number;
}

function msToIso(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? toIso(value) : null;
}

/** v1 state → v2 state, both still untrusted; the v2 reader validates afterwards. */
function v1ToV2(state: Record<string, unknown>): Record<string, unknown> | null {
  const entries = ownValue(state, 'entries');
  if (!isObject(entries)) return null;
  const records = safeObject(
    Object.keys(entries).map((key): [string, unknown] => {
      const e = entries[key];
      if (!isObject(e)) return [key, e];
      const scroll = ownValue(e, 'scroll');
      return [
        key,
        {
          status: ownValue(e, 'status'),
          firstOpenedAt: msToIso(ownValue(e, 'opened')),
          lastOpenedAt: msToIso(ownValue(e, 'lastOpened')) ?? msToIso(ownValue(e, 'opened')),
          readAt: msToIso(ownValue(e, 'read')),
          scroll: typeof scroll === 'number' ? scroll / 100 : 0,
          activeSeconds: ownValue(e, 'seconds'),
          contentHash: null,
          attended: false,
          attendedAt: null,
        },
      ];
    }),
  );
  return { settings: { name: ownValue(state, 'name'), annualTarget: ownValue(state, 'target') }, records };
}

/** Step migrations: `STEPS[n]` turns a version-n state into a version-(n+1) state, or null. */
const STEPS: Readonly<Record<number, (state: Record<string, unknown>) => Record<string, unknown> | null>> = {
  1: v1ToV2,
};

/**
 * Upgrades a parsed stored envelope `{ version, state }` to the current typed state.
 * Returns null when the value is not an envelope, its version is unknown (including newer
 * than this code) or its state has the wrong shape. Individual bad records are skipped and
 * counted in `droppedRecords`; the others survive.
 */
export function migrate(raw: unknown): MigrationResult | null {
  if (!isObject(raw)) return null;
  const version = ownValue(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > CURRENT_VERSION) return null;
  let state = ownValue(raw, 'state');
  for (let v = version; v < CURRENT_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step || !isObject(state)) return null;
    state = step(state);
  }
  if (!isObject(state) || !isObject(ownValue(state, 'records'))) return null;
  const { records, dropped } = readRecords(ownValue(state, 'records'));
  return {
    state: { settings: readSettings(ownValue(state, 'settings')), records },
    fromVersion: version,
    droppedRecords: dropped,
  };
}
