import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, type ProgressState } from './types.ts';
import { EXPORT_FORMAT, buildExport, exportFileName, exportJson, memberFileName } from './export-json.ts';
import { parseImport } from './import.ts';

const state: ProgressState = {
  settings: { name: '张三', annualTarget: 40 },
  records: new Map([
    [
      'theory/b',
      {
        ...EMPTY_RECORD,
        status: 'read',
        firstOpenedAt: '2026-03-01T00:00:00.000Z',
        lastOpenedAt: '2026-03-01T00:00:00.000Z',
        readAt: '2026-03-02T00:00:00.000Z',
        scroll: 1,
        activeSeconds: 200,
        contentHash: 'abc123',
      },
    ],
    ['training/a', { ...EMPTY_RECORD, attended: true, attendedAt: '2026-03-05T00:00:00.000Z' }],
  ]),
};

describe('buildExport', () => {
  test('writes the documented versioned format with every field', () => {
    const file = buildExport(state, Date.UTC(2026, 3, 1));
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: 4,
      exportedAt: '2026-04-01T00:00:00.000Z',
      settings: { name: '张三', annualTarget: 40 },
      branch: '',
      notes: [],
      reflections: [],
    });
    expect(Object.keys(file.records)).toEqual(['theory/b', 'training/a']);
    expect(file.records['theory/b']).toEqual(state.records.get('theory/b'));
  });
});

describe('times in the file', () => {
  test('go out to the second, not the millisecond (nothing needs more)', () => {
    const precise: ProgressState = {
      ...state,
      records: new Map([
        ['theory/b', { ...state.records.get('theory/b')!, lastOpenedAt: '2026-03-01T08:15:42.678Z', readAt: '2026-03-01T08:16:03.001Z' }],
      ]),
    };
    const file = buildExport(precise, Date.UTC(2026, 3, 1, 9, 0, 0, 999));
    expect(file.exportedAt).toBe('2026-04-01T09:00:00.000Z');
    expect(file.records['theory/b']).toMatchObject({
      lastOpenedAt: '2026-03-01T08:15:42.000Z',
      readAt: '2026-03-01T08:16:03.000Z',
      firstOpenedAt: '2026-03-01T00:00:00.000Z',
    });
  });
});

describe('exportJson', () => {
  test('round-trips through parseImport with full fidelity', () => {
    const text = exportJson(state, Date.UTC(2026, 3, 1));
    const result = parseImport(text, text.length);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.state).toEqual(state);
  });
});

describe('exportFileName', () => {
  test('uses the reader’s calendar day', () => {
    expect(exportFileName(Date.UTC(2026, 2, 31, 20), 'json')).toBe('xuexi-progress-2026-04-01.json');
    expect(exportFileName(Date.UTC(2026, 2, 31, 20), 'csv', 0)).toBe('xuexi-progress-2026-03-31.csv');
  });
});

describe('memberFileName', () => {
  test('names the 报送支部 file after the member and the day in China Standard Time', () => {
    expect(memberFileName('张三', Date.UTC(2026, 2, 31, 16))).toBe('学习记录-张三-2026-04-01.json');
    expect(memberFileName(' 李/四:? ', Date.UTC(2026, 2, 31, 15))).toBe('学习记录-李_四__-2026-03-31.json');
    expect(memberFileName('', Date.UTC(2026, 2, 31))).toBe('学习记录-未填姓名-2026-03-31.json');
  });

  test('writes the branch into the file, and import reads it back', () => {
    const text = exportJson(state, Date.UTC(2026, 3, 1), '第二党小组');
    const result = parseImport(text, text.length);
    expect(result.ok && result.value.branch).toBe('第二党小组');
  });
});
