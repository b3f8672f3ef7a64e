import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, emptyState, type ProgressState } from '../types.ts';
import { decodeStored, encodeState } from './envelope.ts';

const state: ProgressState = {
  settings: { name: '王五', annualTarget: 36 },
  records: new Map([
    [
      'theory/a',
      {
        ...EMPTY_RECORD,
        status: 'reading',
        firstOpenedAt: '2026-03-01T00:00:00.000Z',
        lastOpenedAt: '2026-03-01T00:00:00.000Z',
        scroll: 0.25,
      },
    ],
  ]),
};

describe('encodeState / decodeStored', () => {
  test('round-trips through the stored string as { version: 2, state }', () => {
    const text = encodeState(state);
    expect(JSON.parse(text)).toMatchObject({ version: 2, state: { settings: { name: '王五' } } });
    const decoded = decodeStored(text);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind === 'ok') expect(decoded.state).toEqual(state);
  });

  test('nothing stored is empty, not an error', () => {
    expect(decodeStored(null)).toEqual({ kind: 'empty' });
    expect(encodeState(emptyState())).toContain('"records":{}');
  });

  test('tells corrupt JSON, wrong shapes and newer versions apart', () => {
    expect(decodeStored('{"version":2,')).toEqual({ kind: 'unreadable', reason: 'json' });
    expect(decodeStored('[1,2]')).toEqual({ kind: 'unreadable', reason: 'shape' });
    expect(decodeStored('{"version":9,"state":{}}')).toEqual({ kind: 'unreadable', reason: 'newer-version' });
  });
});
