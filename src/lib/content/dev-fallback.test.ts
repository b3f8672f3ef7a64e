import { describe, expect, test } from 'vitest';
import { lenient } from './dev-fallback.ts';
import { theorySchema } from '../../schemas/theory.ts';

describe('lenient (preview only)', () => {
  test('keeps an entry with a wrong field, the field replaced by a placeholder and the rest as written', () => {
    const schema = lenient('theory', theorySchema);
    const data = schema.parse({ title: '学习党章', summary: '摘要', date: '2026-9-8', format: '三会一课', topics: ['党章党规'] });
    expect(data.title).toBe('学习党章');
    expect(data.format).toBe('三会一课');
    expect(data.date).toEqual(new Date(Date.UTC(1970, 0, 1)));
  });
  test('leaves a valid entry exactly as the strict schema reads it', () => {
    const input = { title: '学习党章', summary: '摘要', date: '2026-09-08', format: '三会一课', topics: '党章党规' };
    expect(lenient('theory', theorySchema).parse(input)).toEqual(theorySchema.parse(input));
  });
});
