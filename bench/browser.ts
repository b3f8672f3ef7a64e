/**
 * Measurements in headless Chromium against a build served on loopback: what an article page
 * downloads before search is opened, and how long search takes from a typed query to rendered
 * results. One driver per site: this site's search page contract, and Starlight's search dialog.
 */
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { launchCdpBrowser, type BenchPage, type CdpBrowser } from './cdp.ts';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serveStatic } from '../scripts/serve-static.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import type { Bytes } from './page-weight.ts';
import type { QuerySet, QuerySetName } from './queries.ts';

export interface Fetched {
  requests: number;
  total: Bytes;
  js: Bytes;
  /** Site paths fetched, in order. */
  urls: string[];
}

export interface SearchTiming {
  available: boolean;
  /** Why search could not be measured, when it could not. */
  reason?: string;
  queries: QueryTiming[];
  medianMs?: number;
  /** Median from the moment the search itself started (after the UI's debounce) to rendered results. */
  medianAfterDebounceMs?: number;
  /** Median from the input event until the listed results' excerpts are in too (this site lists first). */
  medianWithExcerptsMs?: number;
  p90Ms?: number;
  /** Median of the first query typed on opening the page, in FIRST_QUERY_PAGES fresh pages. */
  firstMs?: number;
  /** Each of those first queries, in the order they ran. */
  firstRunsMs?: number[];
  /** Everything the search page fetched from navigation until the first query's results showed. */
  firstQuery?: Fetched;
  /** What typing the first query alone fetched (index chunks, fragments, the search runtime if lazy). */
  firstQueryOnly?: Fetched;
}

export interface QueryTiming {
  q: string;
  /** The query set it belongs to (queries.ts). */
  set?: QuerySetName;
  /** From the input event to rendered results: what the reader waits. */
  ms: number;
  /** From the start of the search itself (after the UI's debounce, when seen) to rendered results. */
  afterDebounceMs?: number;
  /** From the input event until every listed result's excerpt is in, when the page lists results first. */
  excerptsMs?: number;
  results: number;
  /** The number of pages the search page says it found ("找到 N 篇", "N results"). */
  count?: number;
  /** The pages that contain the query verbatim in their indexed text (the bench's own reading of the build). */
  expected?: number;
  /** When every result could be listed: results that contain it, and results that do not. */
  listed?: { right: number; wrong: number };
}

/** What a driver measures in the page for one query; the bench adds the rest of a QueryTiming. */
type PageTiming = Pick<QueryTiming, 'ms' | 'afterDebounceMs' | 'excerptsMs' | 'results' | 'count'>;

/** A build's pages that contain a query verbatim, by address: what Ctrl+F on each page would find. */
export type Truth = (q: string) => Set<string>;

/** Queries with at most this many expected pages have their results listed for recall… */
const LIST_EXPECTED = 40;
/** …up to this many results, enough for a loose search's extra pages. */
const LIST_LIMIT = 400;
/**
 * Fresh pages (each in a browser context of its own: nothing cached, no service worker) in which
 * the first query is timed: one such query varies by a third from page to page on this machine.
 */
const FIRST_QUERY_PAGES = 5;

/**
 * How a site's search is driven: open it, then time one query at a time. Drivers only load pages
 * and run functions in them, so the same driver runs under Playwright (to weigh what is fetched)
 * and under the bare DevTools protocol (to time the queries, see cdp.ts).
 */
export interface SearchDriver {
  /** Loads the page and opens search; returns a reason when the site has no search to measure. */
  open(page: BenchPage, origin: string): Promise<string | undefined>;
  /** Types `q` and resolves once its results (or the empty state) have rendered. */
  query(page: BenchPage, q: string): Promise<Omit<QueryTiming, 'q'>>;
  /** Every result's address for the query shown last (asking for more results as needed), when the site can list them. */
  listAll?(page: BenchPage, limit: number): Promise<string[]>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's Chromium, to weigh pages; and the same executable driven bare, to time searches. */
export interface Browsers {
  playwright: Browser;
  timing: CdpBrowser;
  close(): Promise<void>;
}

export async function launchBrowsers(): Promise<Browsers | undefined> {
  const found = findBrowser() as string | null | undefined;
  if (found === null) return undefined;
  const executablePath = found ?? chromium.executablePath();
  const playwright = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const timing = await launchCdpBrowser(executablePath, LAUNCH_ARGS);
  return { playwright, timing, close: async () => void (await Promise.all([playwright.close(), timing.close()])) };
}

/** A Playwright page as the drivers see it. */
function benchPage(page: Page): BenchPage {
  return {
    goto: async (url) => (await page.goto(url, { waitUntil: 'load' }))?.status(),
    // The drivers pass plain JSON arguments, which Playwright hands over unchanged.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
  };
}

export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const log = console.log;
  console.log = () => {}; // serveStatic announces its address; we print our own table
  const server = (await serveStatic(dir, 0, '/')) as Server;
  console.log = log;
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

function emptyFetched(): Fetched {
  return { requests: 0, total: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, urls: [] };
}

/** Records every response body's size on `page` into whichever tally is current. */
function recordResponses(page: Page) {
  let current = emptyFetched();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const into = current;
    pending.push(
      response
        .body()
        .then((body) => {
          // Pagefind's index files are gzip already; a server would send them as they are.
          const size = { raw: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 6 }).length) };
          into.requests += 1;
          into.total = { raw: into.total.raw + size.raw, gzip: into.total.gzip + size.gzip };
          if (response.request().resourceType() === 'script') into.js = { raw: into.js.raw + size.raw, gzip: into.js.gzip + size.gzip };
          into.urls.push(new URL(response.url()).pathname);
        })
        .catch(() => {}), // redirects and aborted requests have no body
    );
  };
  page.on('response', onResponse);
  return {
    /** Starts a new tally and returns the finished one. */
    async cut(): Promise<Fetched> {
      await Promise.all(pending);
      const done = current;
      current = emptyFetched();
      return done;
    },
  };
}

/** What an article page fetches on load, before any interaction (waits for the network to settle). */
export async function fetchedOnLoad(browser: Browser, url: string): Promise<Fetched> {
  const page = await browser.newPage();
  const tally = recordResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // idle callbacks that load more (Starlight preloads its search UI)
  await page.waitForLoadState('networkidle');
  const fetched = await tally.cut();
  await page.close();
  return fetched;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/**
 * What opening search and its first query fetch. A pass of its own: reading every response body
 * through the DevTools protocol (and gzipping it here) takes the same two cores the page searches
 * on, so the timed pass below records nothing.
 */
async function weighFirstQuery(
  browser: Browser,
  origin: string,
  driver: SearchDriver,
  q: string,
): Promise<{ beforeFirst: Fetched; firstQueryOnly: Fetched } | string> {
  const page = await browser.newPage();
  const tally = recordResponses(page);
  try {
    const reason = await driver.open(benchPage(page), origin);
    if (reason) return reason;
    const beforeFirst = await tally.cut();
    await driver.query(benchPage(page), q);
    return { beforeFirst, firstQueryOnly: await tally.cut() };
  } finally {
    await page.close();
  }
}

/**
 * Weighs opening search and its first query under Playwright, then times every query in a fresh
 * page of the bare browser (cdp.ts): the first of them loads the search code, as for a reader.
 */
export async function timeSearch(
  browsers: Browsers,
  origin: string,
  driver: SearchDriver,
  sets: QuerySet[],
  truth: Truth,
): Promise<SearchTiming> {
  const queries = sets.flatMap((set) => set.queries.map((q) => ({ q, set: set.name })));
  let page: Awaited<ReturnType<CdpBrowser['newPage']>> | undefined;
  try {
    const weighed = await weighFirstQuery(browsers.playwright, origin, driver, queries[0]!.q);
    if (typeof weighed === 'string') return { available: false, reason: weighed, queries: [] };
    const { beforeFirst, firstQueryOnly } = weighed;
    page = await browsers.timing.newPage();
    const reason = await driver.open(page, origin);
    if (reason) return { available: false, reason, queries: [] };
    const results: SearchTiming['queries'] = [];
    for (const { q, set } of queries) results.push({ q, set, ...(await driver.query(page, q)), expected: truth(q).size });
    // Recall, after the clock: list every result of the queries with few expected pages.
    if (driver.listAll) {
      for (const result of results) {
        const expected = truth(result.q);
        if (expected.size > LIST_EXPECTED) continue;
        await driver.query(page, result.q);
        const urls = await driver.listAll(page, LIST_LIMIT);
        const right = urls.filter((u) => expected.has(u)).length;
        result.listed = { right, wrong: urls.length - right };
      }
    }
    const firstQuery: Fetched = {
      requests: beforeFirst.requests + firstQueryOnly!.requests,
      total: { raw: beforeFirst.total.raw + firstQueryOnly.total.raw, gzip: beforeFirst.total.gzip + firstQueryOnly.total.gzip },
      js: { raw: beforeFirst.js.raw + firstQueryOnly.js.raw, gzip: beforeFirst.js.gzip + firstQueryOnly.js.gzip },
      urls: [...beforeFirst.urls, ...firstQueryOnly.urls],
    };
    // The first query again, each time in a fresh page, loading everything as the first did.
    const firstRuns = [results[0]!.ms];
    while (firstRuns.length < FIRST_QUERY_PAGES) {
      const fresh = await browsers.timing.newPage();
      try {
        await driver.open(fresh, origin);
        firstRuns.push((await driver.query(fresh, queries[0]!.q)).ms);
      } finally {
        await fresh.close();
      }
    }
    const ms = results.map((r) => r.ms);
    const after = results.map((r) => r.afterDebounceMs).filter((v): v is number => v !== undefined);
    const withExcerpts = results.map((r) => r.excerptsMs).filter((v): v is number => v !== undefined);
    return {
      available: true,
      queries: results,
      medianMs: median(ms),
      ...(after.length === results.length ? { medianAfterDebounceMs: median(after) } : {}),
      ...(withExcerpts.length === results.length ? { medianWithExcerptsMs: median(withExcerpts) } : {}),
      p90Ms: percentile(ms, 90),
      firstMs: median(firstRuns),
      firstRunsMs: firstRuns,
      firstQuery,
      firstQueryOnly,
    };
  } catch (error) {
    return { available: false, reason: `search failed: ${(error as Error).message.split('\n')[0]}`, queries: [] };
  } finally {
    await page?.close();
  }
}

/**
 * This site: `/search/` has an input `#page-search` that searches as you type, results in
 * `[data-search-results]`, and `[data-search-status]` whose `data-state` becomes `done` when the
 * count and the results for the current query are listed; the list stays `aria-busy` until their
 * excerpts are in (timed apart, `excerptsMs`).
 */
export const siteSearch: SearchDriver = {
  async open(page, origin) {
    const status = await page.goto(`${origin}/search/`);
    if (status !== 200) return 'no /search/ page';
    const missing = await page.evaluate(
      () => ['#page-search', '[data-search-results]', '[data-search-status]'].filter((s) => !document.querySelector(s)),
      null,
    );
    return missing.length ? `the search page has no ${missing.join(', ')} yet` : undefined;
  },
  async query(page, q) {
    return page.evaluate(
      (q) =>
        new Promise<PageTiming>((resolve, reject) => {
          const input = document.querySelector<HTMLInputElement>('#page-search')!;
          const status = document.querySelector('[data-search-status]')!;
          const list = document.querySelector('[data-search-results]')!;
          // Mark the status ourselves, so a `done` left over from the last query cannot count.
          status.setAttribute('data-state', 'bench-pending');
          const timer = setTimeout(() => reject(new Error(`no results for ${q} within 20 s`)), 20_000);
          let started: number | undefined;
          let listed: Omit<PageTiming, 'excerptsMs'> | undefined;
          const finish = (excerptsAt: number) => {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ ...listed!, excerptsMs: excerptsAt - t0 });
          };
          const observer = new MutationObserver(() => {
            if (listed) {
              if (list.getAttribute('aria-busy') !== 'true') finish(performance.now());
              return;
            }
            const state = status.getAttribute('data-state');
            if (state === 'loading') started ??= performance.now();
            if (state !== 'done') return;
            const now = performance.now();
            const items = list.querySelectorAll('[data-search-result], li, article').length;
            const count = /找到\s*(\d+)\s*篇/.exec(status.textContent ?? '')?.[1];
            listed = {
              ms: now - t0,
              ...(started !== undefined ? { afterDebounceMs: now - started } : {}),
              results: items || list.children.length,
              count: count === undefined ? (items ? undefined : 0) : Number(count),
            };
            if (list.getAttribute('aria-busy') !== 'true') finish(now);
          });
          observer.observe(status, { attributes: true, attributeFilter: ['data-state'] });
          observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
          const t0 = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      q,
    );
  },
  async listAll(page, limit) {
    return page.evaluate(
      (limit) =>
        new Promise<string[]>((resolve) => {
          const links = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')].map((a) => a.pathname);
          const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
          const step = () => {
            const shown = links();
            if (!more || more.hidden || more.disabled || more.offsetParent === null || shown.length >= limit) return resolve(shown);
            more.click();
            const started = performance.now();
            const wait = () => (links().length > shown.length || performance.now() - started > 10_000 ? step() : setTimeout(wait, 10));
            wait();
          };
          step();
        }),
      limit,
    );
  },
};

/** Whether an element matching `selector` is there (or, with `present` false, gone) within 20 s, polling in the page. */
function untilSelector(page: BenchPage, selector: string, present: boolean): Promise<boolean> {
  return page.evaluate(
    ({ selector, present }) =>
      new Promise<boolean>((resolve) => {
        const started = performance.now();
        const poll = () => {
          if ((document.querySelector(selector) !== null) === present) resolve(true);
          else if (performance.now() - started > 20_000) resolve(false);
          else setTimeout(poll, 10);
        };
        poll();
      }),
    { selector, present },
  );
}

/**
 * Starlight: the search button opens a dialog with Pagefind's default UI, which searches as you
 * type after its own 300 ms debounce (part of what a reader waits for, so it is kept).
 */
export function starlightSearch(articlePath: string): SearchDriver {
  return {
    async open(page, origin) {
      await page.goto(`${origin}${articlePath}`);
      const clicked = await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
        button?.click();
        return button !== null;
      }, null);
      if (!clicked) return 'no Starlight search button';
      return (await untilSelector(page, '#starlight__search input', true))
        ? undefined
        : 'the Starlight search dialog did not open within 20 s';
    },
    async query(page, q) {
      // Clear first so the previous query's results leave the DOM before we start the clock.
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#starlight__search input')!;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, null);
      if (!(await untilSelector(page, '#starlight__search .pagefind-ui__results-area', false)))
        throw new Error('the previous results stayed after clearing the box');
      return page.evaluate(
        (q) =>
          new Promise<PageTiming>((resolve, reject) => {
            const root = document.querySelector('#starlight__search')!;
            let started: number | undefined;
            const input = root.querySelector<HTMLInputElement>('input')!;
            const timer = setTimeout(() => reject(new Error(`no results for ${q} within 20 s`)), 20_000);
            const check = () => {
              // The results area appears when Pagefind UI starts searching, after its debounce.
              if (root.querySelector('.pagefind-ui__results-area')) started ??= performance.now();
              const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
              // The results list (empty or not) replaces the "searching…" message once done;
              // result rows show placeholders until their fragment has loaded.
              const list = root.querySelector('.pagefind-ui__results');
              if (!list || !message.includes(q) || root.querySelector('.pagefind-ui__loading')) return;
              const now = performance.now();
              observer.disconnect();
              clearTimeout(timer);
              const results = root.querySelectorAll('.pagefind-ui__result').length;
              const count = /(\d+)\s+result/.exec(message)?.[1];
              resolve({
                ms: now - t0,
                ...(started !== undefined ? { afterDebounceMs: now - started } : {}),
                results,
                count: count === undefined ? (results ? undefined : 0) : Number(count),
              });
            };
            const observer = new MutationObserver(check);
            observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
            const t0 = performance.now();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        q,
      );
    },
  };
}
