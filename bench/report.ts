/**
 * The figures of one build, the issue's targets, and the table printed at the end of a run.
 * Pure: no file system, no processes.
 */
import type { Bytes } from './page-weight.ts';
import type { Fetched, QueryTiming, SearchTiming } from './browser.ts';
import type { QuerySetName } from './queries.ts';
import type { MeasuredRun } from './process-tree.ts';

export interface StepFigures extends Omit<MeasuredRun, 'tail'> {
  /** True when the bench ran this step itself because the site's build does not index for search yet. */
  addedByBench?: boolean;
  /** The machine's 1-minute load average before and after the step (2 cores: above ~2.5 means other work competed). */
  load: [number, number];
}

export interface Figures {
  /** `site` or `starlight`. */
  name: string;
  docs: number;
  build: { wallMs: number; peakRssBytes: number; pagefindPeakRssBytes: number; pagefindMs: number; steps: StepFigures[] };
  pages: number;
  msPerPage: number;
  distBytes: number;
  distFiles: number;
  /** The search index (`dist/pagefind/`). */
  index?: { bytes: number; files: number };
  article: { path: string; html: Bytes; css: Bytes; js: Bytes; files: string[]; fetchedOnLoad?: Fetched };
  search: SearchTiming;
  /** This site only: each kind of page's longest task (ms) with a year of records stored, by path. */
  longTasks?: Record<string, number>;
}

export interface SizeResult {
  docs: number;
  /** Which run of `--runs R` this is (1…R); absent in a single run. */
  run?: number;
  site: Figures;
  starlight?: Figures;
}

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  pass: boolean | undefined;
}

const KB = 1000;
const MB = 1000 * 1000;

export const fmt = {
  ms: (v: number | undefined) =>
    v === undefined
      ? 'n/a'
      : v >= 10_000
        ? `${(v / 1000).toFixed(1)} s`
        : v >= 1000
          ? `${(v / 1000).toFixed(2)} s`
          : `${v.toFixed(v < 10 ? 1 : 0)} ms`,
  mb: (v: number | undefined) => (v === undefined ? 'n/a' : `${(v / MB).toFixed(0)} MB`),
  kb: (v: number | undefined) => (v === undefined ? 'n/a' : v >= 10 * MB ? `${(v / MB).toFixed(0)} MB` : `${(v / KB).toFixed(1)} KB`),
  n: (v: number | undefined) => (v === undefined ? 'n/a' : String(v)),
  pct: (v: number | undefined) => (v === undefined ? 'n/a' : `${(v * 100).toFixed(v === 1 ? 0 : 1)} %`),
};

/** How one query set fared: time, whether the count told the truth, and recall where results were listed. */
export function setFigures(queries: readonly QueryTiming[], set: QuerySetName) {
  const of = queries.filter((q) => q.set === set);
  if (!of.length) return undefined;
  const listed = of.filter((q) => q.listed && q.expected !== undefined);
  const expectedListed = listed.reduce((n, q) => n + q.expected!, 0);
  return {
    queries: of.length,
    medianMs: median(of.map((q) => q.ms)),
    exactCounts: of.filter((q) => q.count !== undefined && q.count === q.expected).length,
    /** The reported count over the true one, as a median: 1 when counts are true. */
    countRatio: median(of.filter((q) => q.expected).map((q) => (q.count ?? 0) / q.expected!)),
    listedQueries: listed.length,
    recall: expectedListed ? listed.reduce((n, q) => n + q.listed!.right, 0) / expectedListed : undefined,
    wrong: listed.reduce((n, q) => n + q.listed!.wrong, 0),
  };
}

type SetFigures = NonNullable<ReturnType<typeof setFigures>>;

/** The rows of one query set. */
function setRows(set: QuerySetName): Row[] {
  const of = (pick: (s: SetFigures) => number | undefined) => (f: Figures) => {
    const s = f.search.available ? setFigures(f.search.queries, set) : undefined;
    return s && pick(s);
  };
  return [
    [`search, ${set}: median query to results`, of((s) => s.medianMs), fmt.ms],
    [`search, ${set}: counts equal to the pages containing the query`, of((s) => s.exactCounts), fmt.n],
    [
      `search, ${set}: reported count / true count (median)`,
      of((s) => s.countRatio),
      (v) => (v === undefined ? 'n/a' : `${v.toFixed(2)}×`),
    ],
    [`search, ${set}: recall (queries in ≤ 40 pages; up to 400 results listed)`, of((s) => s.recall), fmt.pct],
    [`search, ${set}: listed results without the query`, of((s) => s.wrong), fmt.n],
  ];
}

type Row = [label: string, pick: (f: Figures) => number | undefined, format: (v: number | undefined) => string];

export const ROWS: Row[] = [
  ['build wall time (pages + search index)', (f) => f.build.wallMs, fmt.ms],
  ['peak memory, whole build (RSS)', (f) => f.build.peakRssBytes, fmt.mb],
  ['peak memory, Pagefind alone (RSS)', (f) => f.build.pagefindPeakRssBytes || undefined, fmt.mb],
  ['Pagefind indexing time (approx.)', (f) => f.build.pagefindMs || undefined, fmt.ms],
  ['HTML pages', (f) => f.pages, fmt.n],
  ['ms per page', (f) => f.msPerPage, fmt.ms],
  ['dist/ size', (f) => f.distBytes, fmt.kb],
  ['article HTML raw', (f) => f.article.html.raw, fmt.kb],
  ['article HTML gzip', (f) => f.article.html.gzip, fmt.kb],
  ['article CSS raw', (f) => f.article.css.raw, fmt.kb],
  ['article CSS gzip', (f) => f.article.css.gzip, fmt.kb],
  ['article JS raw (script tags + static imports)', (f) => f.article.js.raw, fmt.kb],
  ['article JS gzip (script tags + static imports)', (f) => f.article.js.gzip, fmt.kb],
  ['article JS gzip fetched before search opened', (f) => f.article.fetchedOnLoad?.js.gzip, fmt.kb],
  ['search: bytes to first results (page + query)', (f) => f.search.firstQuery?.total.raw, fmt.kb],
  ['search: bytes the first query itself fetched', (f) => f.search.firstQueryOnly?.total.raw, fmt.kb],
  ['search: first query to results (median of fresh pages)', (f) => f.search.firstMs, fmt.ms],
  ['search: median query to results (all queries)', (f) => f.search.medianMs, fmt.ms],
  ['search: p90 query to results', (f) => f.search.p90Ms, fmt.ms],
  ['search: median query to results with their excerpts', (f) => f.search.medianWithExcerptsMs, fmt.ms],
  ['search: median after the UI debounce', (f) => f.search.medianAfterDebounceMs, fmt.ms],
  ['search: queries with results', (f) => (f.search.available ? f.search.queries.filter((q) => q.results > 0).length : undefined), fmt.n],
  ['longest task on any page, a year of records stored', (f) => (f.longTasks ? slowestPage(f.longTasks)[1] : undefined), fmt.ms],
  ['search index (pagefind/) size', (f) => f.index?.bytes, fmt.kb],
  ['search index size per document', (f) => (f.index ? f.index.bytes / f.docs : undefined), fmt.kb],
  ...(['words', 'coinages', 'substrings'] as const).flatMap(setRows),
];

/** A Markdown table: one row per figure, site and Starlight side by side with their ratio. */
export function table(result: SizeResult): string {
  const head = result.starlight
    ? ['| figure | 学习园地 | Starlight | ratio |', '|---|--:|--:|--:|']
    : ['| figure | 学习园地 |', '|---|--:|'];
  const rows = ROWS.map(([label, pick, format]) => {
    const a = pick(result.site);
    if (!result.starlight) return `| ${label} | ${format(a)} |`;
    const b = pick(result.starlight);
    const ratio = a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
    return `| ${label} | ${format(a)} | ${format(b)} | ${ratio} |`;
  });
  const notes: string[] = [];
  for (const f of [result.site, ...(result.starlight ? [result.starlight] : [])]) {
    for (const s of f.build.steps) {
      const parts = s.atPeak
        .slice(0, 3)
        .map((p) => `${p.comm} ${fmt.mb(p.rssBytes)}`)
        .join(', ');
      notes.push(
        `${f.name}: \`${s.command}\` ${fmt.ms(s.wallMs)}, peak ${fmt.mb(s.peakRssBytes)} (${parts}); load ${s.load.map((l) => l.toFixed(1)).join(' → ')}`,
      );
    }
  }
  if (!result.site.search.available) notes.push(`search not measured on 学习园地: ${result.site.search.reason}`);
  if (result.starlight && !result.starlight.search.available)
    notes.push(`search not measured on Starlight: ${result.starlight.search.reason}`);
  const added = result.site.build.steps.find((s) => s.addedByBench);
  if (added)
    notes.push(`the site's build does not index for search yet: the bench ran \`${added.command}\` after it and counts it in the build`);
  return [
    `### ${result.docs} documents${result.run ? `, run ${result.run}` : ''}`,
    '',
    ...head,
    ...rows,
    ...notes.map((n) => `\n- ${n}`),
  ].join('\n');
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A figure over one or more runs: the value checked, shown with every run's value when there are several. */
function overRuns(values: readonly number[], pick: 'median' | 'max', format: (v: number) => string): { value: number; measured: string } {
  const value = pick === 'median' ? median(values) : Math.max(...values);
  if (values.length < 2) return { value, measured: format(value) };
  return { value, measured: `${pick === 'max' ? 'max ' : 'median '}${format(value)} (runs: ${values.map(format).join(', ')})` };
}

/** The page with the longest task of one run, and that task's milliseconds. */
function slowestPage(longTasks: Record<string, number>): [path: string, ms: number] {
  return Object.entries(longTasks).reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', -Infinity]);
}

const ratio = (v: number) => `${v.toFixed(2)}×`;

/**
 * The issue's targets, checked on whatever sizes were measured. With several runs of a size
 * (`--runs`), times are checked on their median and limits that must always hold (memory, page
 * weights) on the largest value of any run. `baseline1000` is a 1,000-document site result from
 * an earlier run, when this run did not build 1,000 documents itself.
 */
export function checkTargets(results: SizeResult[], baseline1000?: Figures): TargetCheck[] {
  const runsOf = (n: number) => results.filter((r) => r.docs === n);
  const checks: TargetCheck[] = [];
  const r1 = runsOf(1000);
  const r3 = runsOf(3000);
  const paired = r1.filter((r) => r.starlight);
  if (paired.length) {
    const { value, measured } = overRuns(
      paired.map((r) => r.site.build.wallMs / r.starlight!.build.wallMs),
      'median',
      ratio,
    );
    checks.push({ target: 'build time at 1,000 docs vs Starlight', limit: '≤ 0.40×', measured, pass: value <= 0.4 });
  }
  const walls1000 = r1.length ? r1.map((r) => r.site.build.wallMs) : baseline1000 ? [baseline1000.build.wallMs] : [];
  if (r3.length && walls1000.length) {
    // Run by run when both sizes ran alike; otherwise every 3,000 run against the median 1,000 one.
    const growth = r3.map((r, i) => r.site.build.wallMs / (r3.length === walls1000.length ? walls1000[i]! : median(walls1000)));
    const { value, measured } = overRuns(growth, 'median', ratio);
    checks.push({ target: 'build time 3,000 docs vs 1,000 docs', limit: '≤ 3.3×', measured, pass: value <= 3.3 });
  }
  if (r3.length) {
    const memory = overRuns(
      r3.map((r) => r.site.build.peakRssBytes),
      'max',
      (v) => fmt.mb(v),
    );
    checks.push({ target: 'peak memory at 3,000 docs', limit: '≤ 1 GB', measured: memory.measured, pass: memory.value <= 1000 * MB });
    // Search times, checked on the median run; neither met nor missed when search was not timed.
    const searchTime = (target: string, limitMs: number, of: (s: SearchTiming) => number | undefined) => {
      const times = r3.map((r) => of(r.site.search)).filter((v): v is number => v !== undefined);
      const time = times.length ? overRuns(times, 'median', (v) => fmt.ms(v)) : undefined;
      checks.push({
        target,
        limit: limitMs < 1000 ? `≤ ${limitMs} ms` : `≤ ${limitMs / 1000} s`,
        measured: time?.measured ?? fmt.ms(undefined),
        pass: time ? time.value <= limitMs : undefined,
      });
    };
    searchTime('search median at 3,000 docs', 100, (s) => s.medianMs);
    searchTime('first search at 3,000 docs, loading included', 1000, (s) => s.firstMs);
  }
  for (const docs of [...new Set(results.map((r) => r.docs))]) {
    const runs = runsOf(docs);
    const html = overRuns(
      runs.map((r) => r.site.article.html.raw),
      'max',
      (v) => fmt.kb(v),
    );
    checks.push({ target: `article HTML at ${docs} docs`, limit: '≤ 30 KB', measured: html.measured, pass: html.value <= 30 * KB });
    const js = overRuns(
      runs.map((r) => r.site.article.fetchedOnLoad?.js.gzip ?? r.site.article.js.gzip),
      'max',
      (v) => fmt.kb(v),
    );
    checks.push({
      target: `JS before search opened at ${docs} docs (gzip)`,
      limit: '≤ 15 KB',
      measured: js.measured,
      pass: js.value <= 15 * KB,
    });
    const tasks = runs.map((r) => r.site.longTasks).filter((t): t is Record<string, number> => !!t);
    if (tasks.length) {
      const slowest = tasks.map(slowestPage);
      const worst = overRuns(
        slowest.map(([, ms]) => ms),
        'median',
        (v) => fmt.ms(v),
      );
      // The page that took longest in the run the verdict rests on (the last run for an even count).
      const [page] = slowest.findLast(([, ms]) => ms === worst.value) ?? slowest.at(-1)!;
      checks.push({
        target: `longest task on any page with a year of records at ${docs} docs`,
        limit: '≤ 200 ms',
        measured: `${worst.measured} (${page})`,
        pass: worst.value <= 200,
      });
    }
  }
  return checks;
}

export function targetTable(checks: TargetCheck[]): string {
  const mark = (p: boolean | undefined) => (p === undefined ? 'n/a' : p ? 'met' : '**missed**');
  return [
    '| target | limit | measured | |',
    '|---|---|--:|---|',
    ...checks.map((c) => `| ${c.target} | ${c.limit} | ${c.measured} | ${mark(c.pass)} |`),
  ].join('\n');
}
