import { describe, expect, test } from 'vitest';
import { type Figures, type SizeResult, checkTargets, median } from './report.ts';

/** The figures the targets read, everything else left out. */
function figures(
  name: string,
  docs: number,
  wallMs: number,
  more: { rss?: number; searchMs?: number; firstMs?: number; html?: number; js?: number } = {},
): Figures {
  return {
    name,
    docs,
    build: { wallMs, peakRssBytes: more.rss ?? 500e6, pagefindPeakRssBytes: 0, pagefindMs: 0, steps: [] },
    article: { html: { raw: more.html ?? 20e3, gzip: 5e3 }, js: { raw: 30e3, gzip: more.js ?? 13e3 } },
    search:
      more.searchMs === undefined
        ? { available: false, reason: 'not timed', queries: [] }
        : { available: true, medianMs: more.searchMs, firstMs: more.firstMs, queries: [] },
  } as unknown as Figures;
}

const run = (docs: number, n: number | undefined, site: Figures, starlight?: Figures): SizeResult => ({
  docs,
  ...(n ? { run: n } : {}),
  site,
  ...(starlight ? { starlight } : {}),
});

const check = (results: SizeResult[], target: string) => checkTargets(results).find((c) => c.target === target)!;

describe('the targets over several runs', () => {
  test('median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('one run is checked as it is', () => {
    const c = check(
      [run(1000, undefined, figures('site', 1000, 12_000), figures('starlight', 1000, 32_000))],
      'build time at 1,000 docs vs Starlight',
    );
    expect(c).toMatchObject({ measured: '0.38×', pass: true });
  });

  test('the build ratio is the median of each run paired with its own Starlight build, every run shown', () => {
    const results = [
      run(1000, 1, figures('site', 1000, 13_000), figures('starlight', 1000, 30_000)),
      run(1000, 2, figures('site', 1000, 10_500), figures('starlight', 1000, 30_000)),
      run(1000, 3, figures('site', 1000, 12_600), figures('starlight', 1000, 30_000)),
    ];
    // 0.43, 0.35, 0.42: one fast run does not carry the verdict.
    expect(check(results, 'build time at 1,000 docs vs Starlight')).toMatchObject({
      measured: 'median 0.42× (runs: 0.43×, 0.35×, 0.42×)',
      pass: false,
    });
  });

  test('search is checked on the median run, memory and page weight on the worst', () => {
    const results = [1, 2, 3].map((n) =>
      run(3000, n, figures('site', 3000, 30_000, { searchMs: [120, 95, 98][n - 1], rss: [800e6, 1010e6, 850e6][n - 1], html: 22e3 })),
    );
    expect(check(results, 'search median at 3,000 docs')).toMatchObject({
      measured: 'median 98 ms (runs: 120 ms, 95 ms, 98 ms)',
      pass: true,
    });
    expect(check(results, 'peak memory at 3,000 docs')).toMatchObject({
      measured: 'max 1010 MB (runs: 800 MB, 1010 MB, 850 MB)',
      pass: false,
    });
    expect(check(results, 'article HTML at 3000 docs')).toMatchObject({ pass: true });
  });

  test('the first search at 3,000 documents is checked on the median run', () => {
    const results = [1, 2, 3].map((n) => run(3000, n, figures('site', 3000, 30_000, { searchMs: 70, firstMs: [1100, 820, 940][n - 1] })));
    expect(check(results, 'first search at 3,000 docs, loading included')).toMatchObject({
      measured: 'median 940 ms (runs: 1.10 s, 820 ms, 940 ms)',
      pass: true,
    });
    const slow = [run(3000, undefined, figures('site', 3000, 30_000, { searchMs: 70, firstMs: 1010 }))];
    expect(check(slow, 'first search at 3,000 docs, loading included')).toMatchObject({ pass: false });
  });

  test('growth from 1,000 to 3,000 documents pairs the runs in order', () => {
    const results = [
      run(1000, 1, figures('site', 1000, 10_000)),
      run(3000, 1, figures('site', 3000, 25_000)),
      run(1000, 2, figures('site', 1000, 14_000)),
      run(3000, 2, figures('site', 3000, 28_000)),
    ];
    expect(check(results, 'build time 3,000 docs vs 1,000 docs')).toMatchObject({
      measured: 'median 2.25× (runs: 2.50×, 2.00×)',
      pass: true,
    });
  });

  test("the long-task target takes each run's slowest page, checked on the median run, and names the page", () => {
    const results = [
      { '/': 40, '/progress/': 150, '/ledger/': 90 },
      { '/': 30, '/progress/': 260, '/ledger/': 80 },
      { '/': 35, '/progress/': 120, '/ledger/': 180 },
    ].map((longTasks, i) => run(1000, i + 1, { ...figures('site', 1000, 12_000), longTasks }));
    expect(check(results, 'longest task on any page with a year of records at 1000 docs')).toMatchObject({
      measured: 'median 180 ms (runs: 150 ms, 260 ms, 180 ms) (/ledger/)',
      pass: true,
    });
    const slow = [run(1000, undefined, { ...figures('site', 1000, 12_000), longTasks: { '/plans/a/': 291 } })];
    expect(check(slow, 'longest task on any page with a year of records at 1000 docs')).toMatchObject({ pass: false });
  });

  test('search that could not be timed is neither met nor missed', () => {
    expect(check([run(3000, undefined, figures('site', 3000, 30_000))], 'search median at 3,000 docs')).toMatchObject({
      measured: 'n/a',
      pass: undefined,
    });
  });
});

describe("a query set's figures", () => {
  test('counts are true when they equal the pages containing the query; recall comes from the listed queries', async () => {
    const { setFigures } = await import('./report.ts');
    const queries = [
      { q: '码上评', set: 'coinages' as const, ms: 80, results: 3, count: 3, expected: 3, listed: { right: 3, wrong: 0 } },
      { q: '链上督', set: 'coinages' as const, ms: 120, results: 10, count: 230, expected: 4, listed: undefined },
      { q: '务技能', set: 'coinages' as const, ms: 100, results: 1, count: 1, expected: 3, listed: { right: 1, wrong: 0 } },
      { q: '预算', set: 'words' as const, ms: 50, results: 10, count: 700, expected: 700 },
    ];
    expect(setFigures(queries, 'coinages')).toEqual({
      queries: 3,
      medianMs: 100,
      exactCounts: 1,
      countRatio: 1,
      listedQueries: 2,
      recall: 4 / 6,
      wrong: 0,
    });
    expect(setFigures(queries, 'substrings')).toBeUndefined();
  });
});
