import { describe, expect, test } from 'vitest';
import { fieldTable, mistakeExamples, replaceBlock } from './guide.ts';

describe('fieldTable', () => {
  test('lists each field with 必填 or 可选 and its description, pipes escaped', () => {
    expect(
      fieldTable([
        { name: 'title', required: true, description: '标题。' },
        { name: 'items[].due', required: false, description: '期限 | 可选。' },
      ]),
    ).toBe(['| 字段 | 必填 | 说明 |', '| --- | --- | --- |', '| `title` | 必填 | 标题。 |', '| `items[].due` | 可选 | 期限 \\| 可选。 |'].join('\n'));
  });
});

describe('mistakeExamples', () => {
  test('puts each mistake under its heading with the checker’s exact message', () => {
    const text = mistakeExamples([
      { title: '日期不存在', problems: [{ file: 'content/theory/a.md', line: 4, field: 'date', found: '"2026-02-30"', expected: '真实日期', fix: '改日期' }] },
    ]);
    expect(text).toBe(
      [
        '### 日期不存在',
        '',
        '```text',
        '✖ content/theory/a.md:4',
        '  字段 field:    date',
        '  发现 found:    "2026-02-30"',
        '  应为 expected: 真实日期',
        '  修改 fix:      改日期',
        '```',
      ].join('\n'),
    );
  });
});

describe('replaceBlock', () => {
  test('replaces only what is between the markers', () => {
    const text = 'before\n<!-- x:start -->\nold\n<!-- x:end -->\nafter';
    expect(replaceBlock(text, 'x', 'new')).toBe('before\n<!-- x:start -->\nnew\n<!-- x:end -->\nafter');
    expect(replaceBlock(replaceBlock(text, 'x', 'new'), 'x', 'new')).toBe(replaceBlock(text, 'x', 'new'));
  });
  test('says which markers are missing', () => {
    expect(() => replaceBlock('no markers', 'fields:theory', '')).toThrow(
      'content/README.md 缺少标记 <!-- fields:theory:start --> … <!-- fields:theory:end --> / markers missing',
    );
  });
});
