import { describe, expect, test } from 'vitest';
import { decodeSavedLedger, encodeSavedLedger } from './saved.ts';

describe('saved ledger', () => {
  test('round-trips files, roster and preparer', () => {
    const saved = { files: [{ name: 'a.json', text: '{}' }], roster: '张三\n李四', preparer: '王书记' };
    expect(decodeSavedLedger(encodeSavedLedger(saved))).toEqual(saved);
  });

  test('gives nothing for missing, broken or foreign text and drops bad files', () => {
    expect(decodeSavedLedger(null)).toBeNull();
    expect(decodeSavedLedger('{')).toBeNull();
    expect(decodeSavedLedger('{"version":2}')).toBeNull();
    expect(decodeSavedLedger('{"version":1,"files":[1,{"name":"a"},{"name":"b","text":"x"}],"roster":3}')).toEqual({
      files: [{ name: 'b', text: 'x' }],
      roster: '',
      preparer: '',
    });
  });
});
