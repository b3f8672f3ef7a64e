import { describe, expect, test } from 'vitest';
import { contentHash } from './content-hash.ts';
import { isContentHash } from '../progress/types.ts';

describe('contentHash', () => {
  test('is a short sha-256 the progress store accepts', () => {
    const hash = contentHash('标题', '正文');
    expect(hash).toMatch(/^sha256-[0-9a-f]{16}$/);
    expect(isContentHash(hash)).toBe(true);
  });

  test('changes when the title or the body changes', () => {
    const base = contentHash('标题', '正文');
    expect(contentHash('新标题', '正文')).not.toBe(base);
    expect(contentHash('标题', '正文有修改')).not.toBe(base);
  });

  test('ignores line-ending style and surrounding blank lines', () => {
    expect(contentHash('标题', '\n第一段\r\n第二段\n\n')).toBe(contentHash('标题', '第一段\n第二段'));
  });
});
