import { describe, expect, test } from 'vitest';
import { countReadableChars, readingMinutes, studyHours } from './reading.ts';

describe('reading time and study hours', () => {
  test('counts Chinese characters and Latin words, not markup or URLs', () => {
    expect(countReadableChars('## 学习 APP\n\n用好[OA系统](https://example.invalid/very/long) 2026年')).toBe(10);
  });
  test('rounds reading minutes up, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(401)).toBe(2);
  });
  test('uses the editor’s hours when given, else half an hour per started 22.5 minutes', () => {
    expect(studyHours(5, 3)).toBe(3);
    expect(studyHours(5)).toBe(0.5);
    expect(studyHours(46)).toBe(1.5);
    expect(studyHours(90)).toBe(2);
  });
});
