import { describe, expect, test } from 'vitest';
import { isRunnableAttachment } from './attachments.ts';

describe('isRunnableAttachment', () => {
  test('scripts and web pages are refused, whatever the case or query', () => {
    for (const path of ['/attachments/x.js', '/attachments/x.MJS', '/attachments/a/b.html', '/attachments/x.htm?v=1', '/attachments/x.svg']) {
      expect(isRunnableAttachment(path), path).toBe(true);
    }
  });
  test('documents, sheets and archives are fine', () => {
    for (const path of ['/attachments/x.pdf', '/attachments/x.docx', '/attachments/x.xlsx', '/attachments/x.zip', '/attachments/js.txt', '/attachments/html-guide.pdf']) {
      expect(isRunnableAttachment(path), path).toBe(false);
    }
  });
});
