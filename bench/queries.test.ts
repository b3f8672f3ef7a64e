import { describe, expect, test } from 'vitest';
import { generateCorpus } from './generate.ts';
import { QUERIES_PER_SET, querySets } from './queries.ts';

describe('the bench query sets', () => {
  const corpus = generateCorpus({ docs: 300 });
  const sets = querySets(corpus);
  const texts = corpus.map((d) => d.body);

  test('three sets of twenty, the same for the same corpus and seed', () => {
    expect(sets.map((s) => [s.name, s.queries.length])).toEqual([
      ['words', QUERIES_PER_SET],
      ['coinages', QUERIES_PER_SET],
      ['substrings', QUERIES_PER_SET],
    ]);
    expect(querySets(corpus)).toEqual(sets);
  });

  test('every coinage and substring occurs in the corpus, and most coinages are rare', () => {
    for (const set of sets.slice(1))
      for (const q of set.queries)
        expect(
          texts.some((t) => t.includes(q)),
          q,
        ).toBe(true);
    const docsWith = (q: string) => texts.filter((t) => t.includes(q)).length;
    const rare = sets[1]!.queries.filter((q) => docsWith(q) <= 0.02 * corpus.length);
    expect(rare.length).toBeGreaterThanOrEqual(QUERIES_PER_SET / 2);
  });
});
