import { isEntryKey, type EntryKey, type ProgressRecord, type ProgressState } from './types.ts';
import { isForbiddenKey, isObject, ownValue } from './safe-object.ts';
import { normaliseInstant } from './time.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json.ts';
import { importFileSchema, MAX_ENTRY_KEY_LENGTH, MAX_IMPORT_CHARS, MAX_IMPORT_RECORDS, type ImportFileData } from './import-schema.ts';
import type { Note, Reflection } from '../notes/types.ts';
import { describeIssue, type ImportError, type ImportErrorCode } from './import-errors.ts';

export type { ImportError, ImportErrorCode };

/** Largest file accepted: 5 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A validated import, converted to state; nothing has been written. */
export interface ParsedImport {
  readonly exportedAt: string;
  readonly state: ProgressState;
  /** The 党支部/党小组 the file was submitted to; empty for a backup or a file older than version 3. */
  readonly branch: string;
  /** The format version the file was written in (older files were upgraded). */
  readonly fromVersion: number;
  /** Notes and highlights (tombstones included); empty for files before version 4. */
  readonly notes: readonly Note[];
  /** 学习心得; empty for files before version 4 or when the member did not attach them. */
  readonly reflections: readonly Reflection[];
}

/** Oldest export version still read; older files are refused as unsupported. */
export const OLDEST_EXPORT_VERSION = 2;

/**
 * Step upgrades of an export file, as the stored codec does (`codec/migrate.ts`):
 * `EXPORT_MIGRATIONS[n]` turns a version-n file into a version-(n+1) file. The result is
 * still untrusted and goes through the strict schema afterwards.
 */
export const EXPORT_MIGRATIONS: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {
  /** Version 2 had no `branch`: the file was not submitted to any 党支部/党小组. */
  2: (file) => ({ ...file, version: 3, branch: '' }),
  /** Version 3 had no notes or 学习心得. */
  3: (file) => ({ ...file, version: 4, notes: [], reflections: [] }),
};

export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; error: ImportError };

const fail = (code: ImportErrorCode, message: string): ImportResult => ({ ok: false, error: { code, message } });
const MARKUP = /[<>]/;
/**
 * Fields holding a member's own words (note text, quoted passage and its context, 学习心得):
 * these may contain < or >, are only ever shown as text, and occur nowhere else in the format
 * (the strict schema refuses them anywhere else).
 */
const PLAIN_TEXT_KEYS = new Set(['body', 'text', 'exact', 'prefix', 'suffix']);

/** Parses JSON while noting the first forbidden key or markup character anywhere (keys included). */
function parseWatchingKeys(text: string): { value: unknown; refusal: ImportResult | null } | null {
  let refusal: ImportResult | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (refusal) return v;
      if (isForbiddenKey(key)) refusal = fail('forbidden-key', `文件中含有不允许的字段名“${key}”，为安全起见不予导入。`);
      else if (MARKUP.test(key) || (typeof v === 'string' && !PLAIN_TEXT_KEYS.has(key) && MARKUP.test(v)))
        refusal = fail('markup', '文件中含有 < 或 > 字符，为安全起见不予导入。');
      return v;
    });
    return { value, refusal };
  } catch {
    return null;
  }
}

function toState(data: ImportFileData): ProgressState {
  const records = new Map<EntryKey, ProgressRecord>();
  for (const key of Object.keys(data.records)) {
    const r = data.records[key];
    if (!r) continue;
    records.set(
      key,
      Object.freeze({
        status: r.status,
        firstOpenedAt: normaliseInstant(r.firstOpenedAt),
        lastOpenedAt: normaliseInstant(r.lastOpenedAt),
        readAt: normaliseInstant(r.readAt),
        scroll: r.scroll,
        activeSeconds: r.activeSeconds,
        contentHash: r.contentHash,
        attended: r.attended,
        attendedAt: normaliseInstant(r.attendedAt),
      }),
    );
  }
  return { settings: Object.freeze({ name: data.settings.name.trim(), annualTarget: data.settings.annualTarget }), records };
}

/**
 * Validates an export file before anything is written. `sizeBytes` is the file's size
 * (`File.size`). Refuses, in this order: over 5 MB, empty, not JSON, `__proto__` /
 * `constructor` / `prototype` as any key, `<` or `>` in any key or string, a different
 * `format`, a `version` outside 2–4 (versions 2 and 3 are upgraded), more than 5,000 records, a key over 120
 * characters, over 2 million characters once parsed, bad entry keys, and anything the schema rejects.
 */
export function parseImport(text: string, sizeBytes: number): ImportResult {
  const size = Math.max(Number.isFinite(sizeBytes) ? sizeBytes : 0, text.length);
  if (size > MAX_IMPORT_BYTES) {
    return fail('too-large', `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），学习记录文件不能超过 5 MB。`);
  }
  if (text.trim() === '') return fail('empty', '文件是空的。');
  const parsed = parseWatchingKeys(text.replace(/^\uFEFF/, ''));
  if (!parsed) return fail('not-json', '文件不是有效的 JSON，可能已损坏或不是学习记录文件。');
  if (parsed.refusal) return parsed.refusal;
  const raw = parsed.value;
  if (!isObject(raw) || ownValue(raw, 'format') !== EXPORT_FORMAT) {
    return fail('not-ours', `这不是学习园地导出的学习记录文件（应含 "format": "${EXPORT_FORMAT}"）。`);
  }
  const version = ownValue(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_EXPORT_VERSION || version > EXPORT_VERSION) {
    if (typeof version === 'number' && version > EXPORT_VERSION) {
      return fail('newer-version', `该文件由更新版本的学习园地导出（版本 ${version}），请刷新页面后再导入。`);
    }
    const shown = typeof version === 'number' ? String(version) : '缺失或无效';
    return fail('unsupported-version', `不支持的文件版本（${shown}），只能导入版本 ${OLDEST_EXPORT_VERSION}–${EXPORT_VERSION} 的文件。`);
  }
  let upgraded: Record<string, unknown> = raw;
  for (let v = version; v < EXPORT_VERSION; v += 1)
    upgraded = (EXPORT_MIGRATIONS[v] as (f: Record<string, unknown>) => Record<string, unknown>)(upgraded);
  const records = ownValue(raw, 'records');
  if (isObject(records)) {
    // Limits first, before any per-record work: counting keys is cheap, validating 15,000 is not.
    const keys = Object.keys(records);
    if (keys.length > MAX_IMPORT_RECORDS) {
      return fail(
        'too-many-records',
        `文件中有 ${keys.length} 条记录，超过上限 ${MAX_IMPORT_RECORDS} 条；学习记录文件不会有这么多条，可能不是本站导出的文件。`,
      );
    }
    const long = keys.find((k) => k.length > MAX_ENTRY_KEY_LENGTH);
    if (long !== undefined) {
      return fail(
        'key-too-long',
        `记录标识过长（${long.length} 个字符，上限 ${MAX_ENTRY_KEY_LENGTH}）：“${long.slice(0, 40)}...”，不是本站的条目。`,
      );
    }
    const chars = JSON.stringify(raw).length;
    if (chars > MAX_IMPORT_CHARS) {
      return fail(
        'too-large-parsed',
        `记录内容过多（约 ${(chars / 1_000_000).toFixed(1)} 百万字符，上限 ${MAX_IMPORT_CHARS / 1_000_000} 百万）。`,
      );
    }
    const bad = Object.keys(records).find((k): boolean => !isEntryKey(k));
    if (bad !== undefined) {
      const shown = bad.length > 60 ? `${bad.slice(0, 57)}...` : bad;
      return fail('invalid-key', `记录标识“${shown}”无效，应为“栏目/标识”，例如 theory/2026-03-foo。`);
    }
  }
  const result = importFileSchema.safeParse(upgraded);
  if (!result.success) {
    const [first] = result.error.issues;
    const more = result.error.issues.length > 1 ? `（另有 ${result.error.issues.length - 1} 处问题）` : '';
    return fail('invalid-data', `文件内容不符合格式：${first ? describeIssue(first) : '未知问题'}${more}。`);
  }
  return {
    ok: true,
    value: {
      exportedAt: normaliseInstant(result.data.exportedAt) ?? result.data.exportedAt,
      state: toState(result.data),
      branch: result.data.branch.trim(),
      fromVersion: version,
      notes: result.data.notes.map((n) => Object.freeze({ ...n, anchor: Object.freeze({ ...n.anchor }) })),
      reflections: result.data.reflections.map((r) => Object.freeze({ ...r })),
    },
  };
}
