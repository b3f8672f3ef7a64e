import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { closest, unknownFields } from './unknown-fields.ts';
import { exemplarSchema } from '../../schemas/exemplars.ts';
import { planSchema } from '../../schemas/plans.ts';

describe('unknownFields', () => {
  test('finds misspelt keys at the top, in nested groups and in list items, with the likely field', () => {
    const exemplars = exemplarSchema(() => z.string());
    expect(unknownFields(exemplars, { title: 't', portait: {}, portrait: { src: 'a', atl: 'b' } }).map((u) => [u.parent, u.key, u.suggestion])).toEqual([
      [[], 'portait', 'portrait'],
      [['portrait'], 'atl', 'alt'],
    ]);
    const plans = planSchema(() => z.string());
    expect(unknownFields(plans, { items: [{ theory: 'a' }, { exemplar: 'b', Due: 'x' }] }).map((u) => [u.parent, u.key, u.suggestion])).toEqual([
      [['items', 1], 'exemplar', 'exemplars'],
      [['items', 1], 'Due', 'due'],
    ]);
  });

  test('suggests nothing when no field is close', () => {
    expect(closest('tag', ['tags', 'title'])).toBe('tags');
    expect(closest('sumary', ['summary', 'subject'])).toBe('summary');
    expect(closest('作者', ['speaker', 'source'])).toBeUndefined();
    expect(closest('colour', ['date', 'kind'])).toBeUndefined();
  });
});
