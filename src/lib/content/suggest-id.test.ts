import { describe, expect, test } from 'vitest';
import { suggestId } from './suggest-id.ts';
import { tagSlug } from './tags.ts';

describe('ids and slugs from Chinese titles', () => {
  test('suggests pinyin ids from Chinese titles', () => {
    expect(suggestId('三会一课：2026年 APP')).toBe('san-hui-yi-ke-2026-nian-app');
    expect(suggestId('！！')).toBe('entry');
    expect(tagSlug('党章党规')).toBe('dang-zhang-dang-gui');
  });
});
