import { describe, expect, test } from 'vitest';
import { MAX_BYTES, REFUSALS, sniffWordFile } from './refusal.ts';
import { encryptedDocx, notWord, oldDoc, plainDocx } from '../../../tests/fixtures/word/documents.ts';

describe('sniffWordFile', () => {
  test('accepts a .docx', async () => {
    expect(sniffWordFile(await plainDocx())).toBeUndefined();
  });
  test('tells an old .doc to be saved as .docx in Word or WPS', () => {
    expect(sniffWordFile(oldDoc())).toEqual(REFUSALS.oldDoc());
    expect(REFUSALS.oldDoc().fix).toContain('另存为“Word 文档 (*.docx)”');
  });
  test('recognises a password-protected .docx', () => {
    expect(sniffWordFile(encryptedDocx())).toEqual(REFUSALS.encrypted());
  });
  test('refuses a renamed text file and a zip that is not a Word document', () => {
    expect(sniffWordFile(notWord())).toEqual(REFUSALS.notWord());
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]);
    expect(sniffWordFile(zip)).toEqual(REFUSALS.notWord());
  });
  test('refuses a file over 20 MB and says its size', () => {
    const refusal = sniffWordFile(Buffer.alloc(MAX_BYTES + 1));
    expect(refusal?.found).toBe('文件有 20.0 MB / the file is 20.0 MB');
    expect(refusal?.expected).toBe('不超过 20 MB / at most 20 MB');
  });
});
