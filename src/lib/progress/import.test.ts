import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD } from './types.ts';
import { MAX_IMPORT_BYTES, parseImport } from './import.ts';

const good = {
  format: 'xuexi-yuandi-progress',
  version: 3,
  exportedAt: '2026-04-01T00:00:00.000Z',
  settings: { name: '张三', annualTarget: 32 },
  branch: '第一党小组',
  records: {
    'theory/a': {
      ...EMPTY_RECORD,
      status: 'read',
      lastOpenedAt: '2026-03-01T00:00:00.000Z',
      readAt: '2026-03-01T08:00:00+08:00',
      contentHash: 'abc',
    },
    'training/b': { ...EMPTY_RECORD, attended: true, attendedAt: '2026-03-05T00:00:00.000Z' },
  },
};

function check(value: unknown, size?: number) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return parseImport(text, size ?? text.length);
}
const codeOf = (value: unknown, size?: number) => {
  const r = check(value, size);
  return r.ok ? 'ok' : r.error.code;
};
const edit = (change: (file: typeof good & Record<string, unknown>) => void) => {
  const copy = structuredClone(good) as typeof good & Record<string, unknown>;
  change(copy);
  return copy;
};

describe('parseImport', () => {
  test('accepts a valid file and normalises times to UTC', () => {
    const r = check(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.state.records.get('theory/a')?.readAt).toBe('2026-03-01T00:00:00.000Z');
    expect(r.value.state.settings.name).toBe('张三');
    expect(r.value.state.records).toBeInstanceOf(Map);
  });

  test('accepts a file saved with a BOM', () => {
    expect(codeOf(`\uFEFF${JSON.stringify(good)}`)).toBe('ok');
  });

  test('refuses files over 5 MB, by the reported size or by the text itself', () => {
    expect(codeOf(good, 6 * 1024 * 1024)).toBe('too-large');
    const padded = JSON.stringify({ ...good, pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(codeOf(padded, 10)).toBe('too-large');
    const r = check(good, 6 * 1024 * 1024);
    expect(r.ok ? '' : r.error.message).toContain('6.0 MB');
  });

  test('refuses empty and non-JSON files', () => {
    expect(codeOf('   ')).toBe('empty');
    expect(codeOf('{"format": "xuexi-yuandi-progress",')).toBe('not-json');
  });

  test('refuses __proto__, constructor and prototype keys anywhere', () => {
    const text = JSON.stringify(good);
    expect(codeOf(text.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'))).toBe('forbidden-key');
    expect(codeOf(text.replace('"records":{', '"records":{"__proto__":{},'))).toBe('forbidden-key');
    expect(codeOf(text.replace('"records":{', '"records":{"constructor":{"prototype":{}},'))).toBe('forbidden-key');
    expect(codeOf(text.replace('{"format"', '{"prototype":1,"format"'))).toBe('forbidden-key');
    expect(codeOf(text.replace('"records":{', '"records":{"\\u005f_proto__":{},'))).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('refuses markup in any string or key', () => {
    expect(codeOf(edit((f) => (f.settings.name = '<img src=x onerror=alert(1)>')))).toBe('markup');
    expect(codeOf(edit((f) => ((f.records as Record<string, unknown>)['theory/<b>'] = {})))).toBe('markup');
    expect(codeOf(edit((f) => (f.note = 'a > b')))).toBe('markup');
  });

  test('refuses files that are not ours', () => {
    expect(codeOf([good])).toBe('not-ours');
    expect(codeOf(edit((f) => (f.format = 'other-app')))).toBe('not-ours');
    expect(codeOf({ version: 2, records: {} })).toBe('not-ours');
  });

  test('refuses other versions, saying when the file is newer', () => {
    expect(codeOf(edit((f) => (f.version = 5)))).toBe('newer-version');
    expect(codeOf(edit((f) => (f.version = 1)))).toBe('unsupported-version');
    expect(codeOf(edit((f) => ((f as Record<string, unknown>).version = '3')))).toBe('unsupported-version');
  });

  test('refuses invalid entry keys, naming the key', () => {
    const r = check(edit((f) => ((f.records as Record<string, unknown>)['Theory/A B'] = {})));
    expect(r.ok ? '' : r.error.code).toBe('invalid-key');
    expect(r.ok ? '' : r.error.message).toContain('Theory/A B');
  });

  test('refuses more records than a member could have, before checking any of them', () => {
    const record = { ...EMPTY_RECORD, status: 'reading', firstOpenedAt: null, lastOpenedAt: null, readAt: null };
    const many = (n: number, value: unknown = record) =>
      edit((f) => {
        (f as Record<string, unknown>).records = Object.fromEntries(Array.from({ length: n }, (_, i) => [`theory/entry-${i}`, value]));
      });
    expect(check(many(5_000)).ok).toBe(true);
    const r = check(many(5_001));
    expect(r.ok ? '' : r.error.code).toBe('too-many-records');
    expect(r.ok ? '' : r.error.message).toContain('上限 5000 条');
    // 15,000 invalid records: the count is refused, the validator never sees them.
    expect(codeOf(many(15_000, { nonsense: true }))).toBe('too-many-records');
  });

  test('refuses an over-long record key, and too much content once parsed', () => {
    const longKey = `theory/${'a'.repeat(200)}`;
    const r = check(edit((f) => ((f.records as Record<string, unknown>)[longKey] = {})));
    expect(r.ok ? '' : r.error.code).toBe('key-too-long');
    expect(r.ok ? '' : r.error.message).toContain('上限 120');
    const bulky = edit((f) => ((f.settings as Record<string, unknown>).padding = 'x'.repeat(2_100_000)));
    expect(codeOf(bulky)).toBe('too-large-parsed');
  });

  test('refuses wrong types with a Chinese message naming the field', () => {
    const r = check(edit((f) => ((f.records['theory/a'] as Record<string, unknown>).scroll = '50%')));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-data');
    expect(r.error.message).toContain('records › theory/a › scroll');
    expect(r.error.message).toContain('应为数字');
  });

  test('refuses out-of-range values, bad times, unknown fields and inconsistent records', () => {
    const rec = (f: typeof good) => f.records['theory/a'] as Record<string, unknown>;
    for (const bad of [
      edit((f) => (rec(f).scroll = 2)),
      edit((f) => (rec(f).activeSeconds = -1)),
      edit((f) => (rec(f).status = 'finished')),
      edit((f) => (rec(f).readAt = 'yesterday')),
      edit((f) => (rec(f).readAt = null)),
      edit((f) => (rec(f).extra = 1)),
      edit((f) => (rec(f).attendedAt = '2026-03-01T00:00:00.000Z')),
      edit((f) => (f.settings.annualTarget = 0)),
      edit((f) => (f.extra = true)),
      edit((f) => (f.records = [] as unknown as typeof good.records)),
    ]) {
      expect(codeOf(bad)).toBe('invalid-data');
    }
  });

  test('every refusal carries a Chinese message', () => {
    const r = check(edit((f) => (f.version = 4)));
    expect(r.ok ? '' : r.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('reads the branch a file was submitted to', () => {
    const r = check(good);
    expect(r.ok && r.value).toMatchObject({ branch: '第一党小组', fromVersion: 3 });
  });

  test('upgrades a version 2 file (no branch) and says which version it came from', () => {
    const v2 = edit((f) => {
      f.version = 2;
      delete (f as Record<string, unknown>).branch;
    });
    const r = check(v2);
    expect(r.ok && r.value).toMatchObject({ branch: '', fromVersion: 2 });
    expect(r.ok && r.value.state.records.size).toBe(2);
  });

  test('refuses a branch with markup or an over-long branch', () => {
    expect(codeOf(edit((f) => ((f as Record<string, unknown>).branch = '<b>')))).toBe('markup');
    expect(codeOf(edit((f) => ((f as Record<string, unknown>).branch = '支'.repeat(41))))).toBe('invalid-data');
  });
});

describe('version 4: notes and 学习心得 (issue 23)', () => {
  const note = {
    id: 'n-abc123',
    entry: 'theory/a',
    kind: 'note',
    anchor: { exact: 'a < b 的道理', prefix: '前文', suffix: '后文', start: 2, end: 10 },
    body: '<script>不是代码</script>',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-02T00:00:00Z',
    deletedAt: null,
  };
  const reflection = { entry: 'plans/spring', text: '心得 > 体会', updatedAt: '2026-03-02T00:00:00Z', deletedAt: null };
  const v4 = { ...good, version: 4, notes: [note], reflections: [reflection] };

  test("reads notes and reflections, keeping < and > in the member's own words as text", () => {
    const result = check(v4);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fromVersion).toBe(4);
    expect(result.value.notes[0]?.body).toBe('<script>不是代码</script>');
    expect(result.value.reflections[0]?.text).toBe('心得 > 体会');
  });

  test('upgrades version 3 and version 2 files with no notes', () => {
    for (const file of [good, { ...good, version: 2, branch: undefined }]) {
      const result = check(file);
      expect(result.ok).toBe(true);
      if (result.ok) expect([result.value.notes, result.value.reflections]).toEqual([[], []]);
    }
  });

  test('still refuses markup outside the text fields, and bad notes', () => {
    expect(check({ ...v4, branch: '<b>' }).ok).toBe(false);
    expect(check({ ...v4, notes: [{ ...note, entry: 'theory/<x>' }] }).ok).toBe(false);
    expect(check({ ...v4, notes: [{ ...note, id: '' }] }).ok).toBe(false);
    expect(check({ ...v4, body: 'x' }).ok).toBe(false);
    expect(check({ ...v4, notes: undefined }).ok).toBe(false);
  });
});
