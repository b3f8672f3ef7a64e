import { describe, expect, test } from 'vitest';
import { officialHeadingLevel } from './official-headings.ts';

describe('officialHeadingLevel', () => {
  test('reads 一、 （一） 1. as the three heading levels under the title', () => {
    expect(officialHeadingLevel('一、提高政治站位')).toBe(2);
    expect(officialHeadingLevel('十二、其他事项')).toBe(2);
    expect(officialHeadingLevel('（一）加强组织领导')).toBe(3);
    expect(officialHeadingLevel('(三)压实工作责任')).toBe(3);
    expect(officialHeadingLevel('1.夜间值守')).toBe(4);
    expect(officialHeadingLevel('2．带出一支队伍')).toBe(4);
    expect(officialHeadingLevel('3、建立台账')).toBe(4);
  });
  test('ignores the indent official documents put before a paragraph', () => {
    expect(officialHeadingLevel('\u3000\u3000二、服务群众')).toBe(2);
  });
  test('allows one full stop at the end, as in （一）加强组织领导。', () => {
    expect(officialHeadingLevel('（一）加强组织领导。')).toBe(3);
  });
  test('leaves body text that starts with a number as a paragraph', () => {
    expect(officialHeadingLevel('一、各支部要高度重视。本次学习安排在周五下午，请准时参加。')).toBeUndefined();
    expect(officialHeadingLevel(`1.${'这是一段很长的正文'.repeat(6)}`)).toBeUndefined();
    expect(officialHeadingLevel('1.5 小时的学习安排在周五')).toBeUndefined();
    expect(officialHeadingLevel('2026年5月12日')).toBeUndefined();
    expect(officialHeadingLevel('加强组织领导')).toBeUndefined();
    expect(officialHeadingLevel('（1）具体做法')).toBeUndefined();
  });
});
