import { pagefindLookups, parseQuery, type SearchQuery, type SearchTerm } from '../lib/search/query.ts';
import { excerpt, markTerms, type TextPart } from '../lib/search/excerpt.ts';
import { decodeIndexed } from '../lib/search/han-text.ts';
import {
  applyFilters,
  filterCounts,
  matchAll,
  rankMatches,
  termHits,
  type Match,
  type SelectedFilters,
  type TermHit,
} from '../lib/search/matches.ts';
import { FILTER_GROUPS, type SearchPage } from '../lib/search/page-text.ts';
import { PAGEFIND_RUNTIME, type PagefindApi, type PagefindResult } from '../lib/search/pagefind-api.ts';
import { NO_PARTS, PAGES_FILE, PARTS_FILE, groupBundles, parsePartsManifest, parseSearchPages } from '../lib/search/index-parts.ts';
import { within } from '../lib/search/within.ts';
import { dayText } from '../lib/progress-view/format.ts';
import { el } from '../scripts/dom.ts';
import { wideScreen } from '../scripts/wide-screen.ts';
import { whenIdle } from '../scripts/idle.ts';

/** Results shown at once. */
const PAGE = 10;
/** Search workers at most: one Pagefind per group of index parts, each on its own core. */
const MAX_WORKERS = 4;
/** How long loading the search, or one search, may take before the page says the index could not be read. */
const GIVE_UP_MS = 15_000;
/** Characters of page text shown under each result. */
const EXCERPT_LENGTH = 90;

/** The whole index: every part's Pagefind, and the pages' records. */
interface Searcher {
  instances: PagefindApi[];
  pages: Map<string, SearchPage>;
}

/** What one term found: the pages, and Pagefind's result for each (to load its text). */
interface TermResults {
  hits: TermHit[];
  results: Map<string, PagefindResult>;
}

/** Text parts as text nodes and <mark> elements — never innerHTML. */
function appendParts(parent: HTMLElement, parts: TextPart[]) {
  for (const part of parts) parent.append(part.mark ? el('mark', 'kb-mark', part.text) : document.createTextNode(part.text));
}

/** The address of a result, carrying the reader's terms so the page marks them. */
function resultUrl(url: string, terms: readonly SearchTerm[]): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append('highlight', term.text);
  return `${url}?${params}`;
}

/**
 * <kb-search>: the search page. Pagefind is loaded on first use; the query lives in ?q= and is
 * updated as the reader types. Each term is looked up in every part of the index (query.ts says
 * how), the pages holding every term are counted and ranked here (matches.ts), and the shown
 * results' text is loaded for their excerpts (excerpt.ts). Built with DOM calls only.
 */
class KbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private note!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private controls!: HTMLDetailsElement;
  private filterBox!: HTMLElement;
  private sort!: HTMLSelectElement;
  private searcher: Promise<Searcher> | null = null;
  private filters: SelectedFilters = {};
  private seq = 0;
  /** The search under way, and whether the box changed since it started. */
  private inFlight: Promise<void> | null = null;
  private again = false;
  private query: SearchQuery | null = null;
  private shown: Match[] = [];
  private ranked: Match[] = [];
  private results = new Map<string, PagefindResult>();
  /** Batches of listed results whose excerpts are still loading (the list is busy meanwhile). */
  private excerptsLoading = 0;
  /** Each term's answer, kept for the session: the same term always gives the same pages. */
  private termCache = new Map<string, Promise<TermResults>>();

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.note = this.querySelector('[data-search-note]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.controls = this.querySelector('[data-search-controls]')!;
    this.filterBox = this.querySelector('[data-search-filters]')!;
    this.sort = this.querySelector('#search-sort')!;

    if (this.dataset.dev !== undefined) return;
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    // While a Chinese input method is composing, the box holds pinyin: wait for the word.
    this.input.addEventListener('input', (e) => {
      if (!(e as InputEvent).isComposing) this.request();
    });
    this.input.addEventListener('compositionend', () => this.request());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        const first = this.links()[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    this.list.addEventListener('keydown', (e) => this.moveFocus(e));
    this.sort.addEventListener('change', () => void this.run());
    this.more.addEventListener('click', () => void this.showMore());
    // Filters stay open beside the results on a wide screen; on a phone they fold under 筛选.
    const wide = wideScreen();
    const fit = () => (this.controls.open = wide.matches);
    fit();
    wide.addEventListener('change', fit);

    const q = new URLSearchParams(location.search).get('q') ?? '';
    this.input.value = q;
    if (q.trim()) void this.run();
    else {
      this.setStatus('idle', '');
      // A reader on the search page is about to search: load the index while they think of a word.
      const preload = () => void this.load().catch(() => (this.searcher = null));
      whenIdle(preload, 2000, 200);
    }
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  }

  /** Arrow keys move through results; Escape goes back to the box; Enter follows the link. */
  private moveFocus(e: KeyboardEvent) {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (e.key === 'ArrowDown' && at < links.length - 1) links[at + 1]!.focus();
    else if (e.key === 'ArrowUp') (at === 0 ? this.input : links[at - 1]!).focus();
    else if (e.key === 'Escape') this.input.focus();
    else return;
    e.preventDefault();
  }

  /**
   * Searches as the reader types: at once when no search is under way (an input method commits
   * a whole word in one input event), otherwise once the current one ends, with the box's text
   * by then — so a burst of keystrokes costs one search more, and no timer adds to the wait.
   */
  private request() {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.run().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        this.request();
      }
    });
  }

  /**
   * Loads Pagefind on first use, from the network; when that fails and a service worker is in
   * charge, from the copy it kept for offline use (keep-search.ts).
   */
  private load(): Promise<Searcher> {
    const live = this.dataset.bundle ?? '/pagefind/';
    const kept = this.dataset.keptBundle;
    this.searcher ??= this.start(live).catch((error: unknown) => {
      if (!kept || !navigator.serviceWorker?.controller) throw error;
      return this.start(kept);
    });
    return this.searcher;
  }

  /**
   * Starts Pagefind over the bundle at `bundle`. A large site's index comes in parts (see
   * index-parts.ts): they are shared among up to one Pagefind per processor core, each with its
   * own Web Worker, and every lookup asks them all at once.
   */
  private async start(bundle: string): Promise<Searcher> {
    const options = { baseUrl: this.dataset.base };
    const begin = async (lead: string, merged: readonly string[]): Promise<PagefindApi> => {
      const pf = (await import(/* @vite-ignore */ `${bundle}${lead}${PAGEFIND_RUNTIME}`)) as PagefindApi;
      await pf.options(options);
      await Promise.all(merged.map((path) => pf.mergeIndex(`${bundle}${path}`, options)));
      return pf;
    };
    const json = (file: string) =>
      fetch(`${bundle}${file}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${file}: ${r.status}`))));
    // The primary bundle's runtime loads while the lists of parts and pages arrive.
    const [parts, pages] = await Promise.all([
      json(PARTS_FILE).then(parsePartsManifest, () => NO_PARTS),
      json(PAGES_FILE).then(parseSearchPages),
      import(/* @vite-ignore */ `${bundle}${PAGEFIND_RUNTIME}`),
    ]);
    const workers = Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1);
    const instances = await Promise.all(groupBundles(parts, workers).map(([lead, ...merged]) => begin(lead!, merged)));
    return { instances, pages };
  }

  /** The pages one term is found in, across every part. */
  private lookUp(searcher: Searcher, term: SearchTerm): Promise<TermResults> {
    const key = `${term.kind}:${term.text}`;
    let cached = this.termCache.get(key);
    if (!cached) {
      const ask = (q: string) =>
        Promise.all(searcher.instances.map((pf) => pf.search(q))).then((responses) => responses.flatMap((r) => r.results));
      const lookups = pagefindLookups(term);
      // One lookup after the other: a Pagefind instance answers one search at a time.
      cached = ask(lookups.loose).then(async (loose) => {
        const { hits, found } = termHits(lookups, loose, lookups.exact ? await ask(lookups.exact) : null);
        return { hits, results: new Map(found.map((r) => [r.id, r] as const)) };
      });
      // A failed lookup is tried again next time.
      cached.catch(() => this.termCache.delete(key));
      this.termCache.set(key, cached);
    }
    return cached;
  }

  private setStatus(state: 'idle' | 'loading' | 'done' | 'error', text: string) {
    this.status.dataset.state = state;
    this.status.textContent = text;
    this.setAttribute('aria-busy', String(state === 'loading'));
  }

  private setNote(text: string) {
    this.note.hidden = !text;
    this.note.textContent = text;
  }

  private updateUrl(raw: string) {
    const url = new URL(location.href);
    if (raw.trim()) url.searchParams.set('q', raw);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  private async run() {
    const seq = ++this.seq;
    const raw = this.input.value;
    this.updateUrl(raw);
    const query = parseQuery(raw);
    this.query = query;
    this.setNote(query.truncated ? '搜索词太长，只按前 100 个字、前 8 个词查找。' : '');
    if (query.problem) {
      this.clear();
      this.setStatus('done', query.problem === 'empty' ? '请输入要查找的词。' : '请输入文字或数字：只有标点符号无法查找。');
      return;
    }
    this.setStatus('loading', '正在搜索…');
    let searcher: Searcher;
    try {
      searcher = await within(this.load(), GIVE_UP_MS);
    } catch {
      this.searcher = null;
      this.clear();
      this.setStatus(
        'error',
        navigator.onLine
          ? '搜索暂时不可用：没有找到搜索索引。请稍后再试；本地预览请先运行 npm run build。'
          : '当前处于离线状态，本机还没有保存搜索索引。联网后打开本站任意页面并稍候片刻，搜索索引会自动保存，之后离线也能搜索。',
      );
      return;
    }
    let matches: Match[];
    try {
      const found = await within(
        query.terms.reduce<Promise<TermResults[]>>(
          async (done, t) => [...(await done), await this.lookUp(searcher, t)],
          Promise.resolve([]),
        ),
        GIVE_UP_MS,
      );
      matches = matchAll(
        query.terms,
        found.map((f) => f.hits),
        searcher.pages,
      );
      this.results = new Map(found.flatMap((f) => [...f.results]));
    } catch {
      if (seq !== this.seq) return;
      this.clear();
      this.setStatus('error', '搜索暂时不可用：搜索索引未能读取。如果处于离线状态，请联网后再试。');
      return;
    }
    // The reader typed on meanwhile: the next search is about to start, skip this one's results.
    if (seq !== this.seq || this.again) return;
    const filtered = applyFilters(matches, this.filters);
    this.ranked = rankMatches(filtered, this.sort.value === 'date' ? 'date' : 'relevance');
    this.shown = [];
    this.renderFilters(filtered);
    this.emptyList();
    // The count and the ranked titles show at once; each excerpt follows as its page's text
    // arrives, and the reader's next query need not wait for them.
    this.renderNext(seq).catch(() => {
      if (seq === this.seq) this.setStatus('error', '搜索结果的内容暂时无法读取。如果处于离线状态，请联网后再试。');
    });
    this.setStatus('done', this.summary(query, filtered.length, matches.length));
  }

  private summary(query: SearchQuery, count: number, unfiltered: number): string {
    const shown = query.shown;
    if (count === 0) {
      return unfiltered > 0
        ? `在当前筛选条件下没有找到包含“${shown}”的内容（不筛选时有 ${unfiltered} 篇）。可以取消筛选后再试。`
        : `没有找到包含“${shown}”的内容。可以换一个更短的词，或检查是否有错别字。`;
    }
    return `找到 ${count} 篇包含“${shown}”的内容。`;
  }

  private clear() {
    this.ranked = [];
    this.shown = [];
    this.emptyList();
    this.updateMore();
    this.controls.hidden = true;
  }

  /** Empties the results list: excerpts still loading for an earlier search no longer keep it busy. */
  private emptyList() {
    this.list.replaceChildren();
    this.excerptsLoading = 0;
    this.list.removeAttribute('aria-busy');
  }

  /**
   * Lists the next results at once, then loads their pages' text and fills in each excerpt as it
   * arrives; the list is busy (aria-busy) until every excerpt is in. When the text cannot be read,
   * these results are taken away again, so the list never shows results without excerpts.
   */
  private async renderNext(seq: number) {
    const next = this.ranked.slice(this.shown.length, this.shown.length + PAGE);
    const terms = this.query?.terms ?? [];
    const items = next.map((match) => this.renderResult(match, terms));
    this.shown.push(...next);
    this.updateMore();
    this.excerptsLoading++;
    this.list.setAttribute('aria-busy', 'true');
    try {
      await within(
        Promise.all(
          next.map(async (match, i) => {
            const data = await this.results.get(match.id)?.data();
            if (seq === this.seq) appendParts(items[i]!.excerpt, excerpt(data ? decodeIndexed(data.content) : '', terms, EXCERPT_LENGTH));
          }),
        ),
        GIVE_UP_MS,
      );
    } catch (error) {
      if (seq === this.seq) {
        for (const { item } of items) item.remove();
        this.shown.splice(this.shown.length - next.length);
        this.updateMore();
      }
      throw error;
    } finally {
      if (seq === this.seq && --this.excerptsLoading === 0) this.list.removeAttribute('aria-busy');
    }
  }

  /** Appends a result's item, its excerpt still empty. */
  private renderResult(match: Match, terms: readonly SearchTerm[]): { item: HTMLLIElement; excerpt: HTMLParagraphElement } {
    const { page } = match;
    const li = el('li', 'border-b border-stone-200 py-4 dark:border-stone-800');
    const article = el('article', 'flex flex-col gap-1');
    const h = el('h2', 'text-xl leading-snug font-semibold');
    const a = el('a', 'kb-result-link');
    a.href = resultUrl(page.url, terms);
    a.dataset.resultLink = '';
    appendParts(a, markTerms(page.title, terms));
    h.append(a);
    const meta = el('p', 'flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300');
    if (page.collection) meta.append(el('span', 'rounded bg-stone-100 px-2 py-0.5 font-medium dark:bg-stone-800', page.collection));
    if (page.date) {
      const time = el('time', undefined, dayText(page.date));
      time.dateTime = page.date;
      meta.append(time);
    }
    if (page.origin) meta.append(el('span', undefined, page.origin));
    const p = el('p', 'text-stone-800 dark:text-stone-200');
    p.dataset.excerpt = '';
    article.append(h, meta, p);
    li.append(article);
    this.list.append(li);
    return { item: li, excerpt: p };
  }

  private async showMore() {
    const shown = this.shown.length;
    try {
      await this.renderNext(this.seq);
    } catch {
      // The results so far stay; the button stays too, to try again.
      this.setStatus('error', '更多结果暂时无法读取。如果处于离线状态，请联网后再试。');
      return;
    }
    this.links()[shown]?.focus();
  }

  private updateMore() {
    this.more.hidden = this.shown.length >= this.ranked.length;
  }

  private renderFilters(matches: readonly Match[]) {
    const counts = filterCounts(matches);
    this.filterBox.replaceChildren();
    let any = false;
    for (const group of FILTER_GROUPS) {
      const selected = this.filters[group];
      const values = Object.entries(counts[group])
        .concat(selected && !(selected in counts[group]) ? [[selected, 0]] : [])
        .sort((a, b) => (group === '年份' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')));
      if (values.length === 0) continue;
      any = true;
      const box = el('div', 'flex flex-col gap-2');
      const label = el('p', 'font-semibold', group);
      label.id = `filter-${group}`;
      const chips = el('div', 'flex flex-wrap gap-2');
      chips.setAttribute('role', 'group');
      chips.setAttribute('aria-labelledby', label.id);
      for (const [value, n] of values.slice(0, 12)) {
        const button = el('button', 'kb-chip');
        button.type = 'button';
        const on = selected === value;
        button.setAttribute('aria-pressed', String(on));
        button.append(document.createTextNode(`${value} `), el('span', 'tabular-nums', `(${n})`));
        button.dataset.filter = `${group}:${value}`;
        button.addEventListener('click', () => {
          if (on) delete this.filters[group];
          else this.filters[group] = value;
          void this.run().then(() =>
            this.filterBox.querySelector<HTMLButtonElement>(`[data-filter="${CSS.escape(`${group}:${value}`)}"]`)?.focus(),
          );
        });
        chips.append(button);
      }
      box.append(label, chips);
      this.filterBox.append(box);
    }
    const active = Object.keys(this.filters).length;
    this.controls.querySelector('[data-filter-count]')!.textContent = active ? `（已选 ${active} 项）` : '';
    this.controls.hidden = !any && active === 0 && this.ranked.length === 0;
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
