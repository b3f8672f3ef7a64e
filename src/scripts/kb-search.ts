import { parseQuery, hasCjk, characterQuery, type SearchQuery } from '../lib/search/query.ts';
import { highlightExcerpt, type TextPart } from '../lib/search/highlight.ts';
import { exactFirst, toResultView, type ResultView } from '../lib/search/results.ts';
import { FILTER_GROUPS, type PagefindApi, type PagefindResponse, type PagefindResult } from '../lib/search/pagefind-api.ts';
import { NO_PARTS, PARTS_FILE, groupBundles, inDateOrder, parsePartsManifest, type PartsManifest } from '../lib/search/index-parts.ts';
import { mergeResponses } from '../lib/search/merge-responses.ts';
import { within } from '../lib/search/within.ts';

/** Results shown at once, and read in full to put exact matches first within them. */
const PAGE = 10;
/** Results read to keep only exact ones, for a quoted phrase or the single-character fallback. */
const EXACT_WINDOW = 40;
/** Search workers at most: one Pagefind per group of index parts, each on its own core. */
const MAX_WORKERS = 4;
/** How long loading the search, or one search, may take before the page says the index could not be read. */
const GIVE_UP_MS = 15_000;

/** Pagefind over the whole index: one instance per group of parts, searched side by side. */
interface Searcher {
  search: PagefindApi['search'];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text parts as text nodes and <mark> elements — never innerHTML. */
function appendParts(parent: HTMLElement, parts: TextPart[]) {
  for (const part of parts) parent.append(part.mark ? el('mark', 'kb-mark', part.text) : document.createTextNode(part.text));
}

function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * <kb-search>: the search page. Pagefind is loaded on first use; the query lives in ?q= and
 * is updated as the reader types; results, filters and messages are built with DOM calls.
 */
class KbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private note!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private controls!: HTMLElement;
  private filterBox!: HTMLElement;
  private sort!: HTMLSelectElement;
  private pagefind: Promise<Searcher> | null = null;
  private parts: PartsManifest = NO_PARTS;
  private filters: Record<string, string> = {};
  private seq = 0;
  /** The search under way, and whether the box changed since it started. */
  private inFlight: Promise<void> | null = null;
  private again = false;
  private views: ResultView[] = [];
  private pending: PagefindResult[] = [];
  private query: SearchQuery | null = null;
  private exactOnly = false;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.note = this.querySelector('[data-search-note]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.controls = this.querySelector('[data-search-controls]')!;
    this.filterBox = this.querySelector('[data-search-filters]')!;
    this.sort = this.querySelector('#search-sort')!;

    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    // While a Chinese input method is composing, the box holds pinyin: wait for the word.
    this.input.addEventListener('input', (e) => {
      if (!(e as InputEvent).isComposing) this.request();
    });
    this.input.addEventListener('compositionend', () => this.request());
    // Fetch the search code as soon as the reader shows intent, so the first query does not wait.
    this.input.addEventListener('focus', () => void this.load().catch(() => (this.pagefind = null)), { once: true });
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
    this.sort.addEventListener('change', () => this.run());
    this.more.addEventListener('click', () => this.showMore());

    const q = new URLSearchParams(location.search).get('q') ?? '';
    this.input.value = q;
    if (q.trim()) this.run();
    else this.setStatus('idle', '');
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
    this.pagefind ??= this.start(live).catch((error: unknown) => {
      if (!kept || !navigator.serviceWorker?.controller) throw error;
      return this.start(kept);
    });
    return this.pagefind;
  }

  /**
   * Starts Pagefind over the bundle at `bundle`. A large site's index comes in parts (see
   * index-parts.ts): they are shared among up to one Pagefind per processor core, each with its
   * own Web Worker, and every search asks them all at once. Without the list of parts, the
   * primary bundle is searched.
   */
  private async start(bundle: string): Promise<Searcher> {
    const options = { baseUrl: this.dataset.base, excerptLength: 36 };
    const begin = async (lead: string, merged: readonly string[]): Promise<PagefindApi> => {
      const pf = (await import(/* @vite-ignore */ `${bundle}${lead}pagefind.js`)) as PagefindApi;
      await pf.options(options);
      await Promise.all(merged.map((path) => pf.mergeIndex(`${bundle}${path}`, options)));
      return pf;
    };
    // The primary bundle's runtime loads while the list of parts arrives.
    [this.parts] = await Promise.all([
      fetch(`${bundle}${PARTS_FILE}`)
        .then((r) => (r.ok ? r.json() : null))
        .then(parsePartsManifest, () => NO_PARTS),
      import(/* @vite-ignore */ `${bundle}pagefind.js`),
    ]);
    const workers = Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1);
    const instances = await Promise.all(groupBundles(this.parts, workers).map(([lead, ...merged]) => begin(lead!, merged)));
    return {
      search: async (term, searchOptions) => mergeResponses(await Promise.all(instances.map((pf) => pf.search(term, searchOptions)))),
    };
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
    const notes: string[] = [];
    if (query.truncated) notes.push('搜索词太长，只按前 100 个字查找。');
    if (query.problem) {
      this.clear();
      this.setNote(notes.join(''));
      this.setStatus('done', query.problem === 'empty' ? '请输入要查找的词。' : '请输入文字或数字：只有标点符号无法查找。');
      return;
    }
    this.setStatus('loading', '正在搜索…');
    let pf: Searcher;
    try {
      pf = await within(this.load(), GIVE_UP_MS);
    } catch {
      this.pagefind = null;
      this.clear();
      this.setStatus(
        'error',
        navigator.onLine
          ? '搜索暂时不可用：没有找到搜索索引。请稍后再试；本地预览请先运行 npm run build。'
          : '当前处于离线状态，本机还没有保存搜索索引。联网后打开本站任意页面并稍候片刻，搜索索引会自动保存，之后离线也能搜索。',
      );
      return;
    }
    // Pagefind counts a filter group's values only when the group is named in the search.
    const filters = Object.fromEntries(FILTER_GROUPS.map((g) => [g, this.filters[g] ? [this.filters[g]!] : []]));
    const sort: Record<string, 'asc' | 'desc'> = this.sort.value === 'date' ? { date: 'desc' } : {};
    const options = { filters, sort };
    let response: PagefindResponse;
    let views: ResultView[];
    let read = 0;
    let exactOnly = query.phrase !== null;
    try {
      response = await within(pf.search(query.text, options), GIVE_UP_MS);
      // When the browser splits a Chinese query differently from the index, nothing is found;
      // single characters always match, and only results containing the whole query are kept.
      if (response.results.length === 0 && query.terms.some(hasCjk)) {
        response = await within(pf.search(characterQuery(query), options), GIVE_UP_MS);
        exactOnly = true;
      }
      if (this.sort.value === 'date') response = { ...response, results: inDateOrder(response.results, this.parts) };
      const top = response.results.slice(0, exactOnly ? EXACT_WINDOW : PAGE);
      read = top.length;
      views = (await within(Promise.all(top.map((r) => r.data())), GIVE_UP_MS)).map((d) => toResultView(d, query.terms));
    } catch {
      if (seq !== this.seq) return;
      this.clear();
      this.setStatus('error', '搜索暂时不可用：搜索索引未能读取。如果处于离线状态，请联网后再试。');
      return;
    }
    // The reader typed on meanwhile: the next search is about to start, skip this one's results.
    if (seq !== this.seq || this.again) return;
    if (exactOnly) views = views.filter((v) => v.exact);
    else if (this.sort.value !== 'date') views = exactFirst(views);
    this.views = views;
    this.pending = exactOnly ? [] : response.results.slice(read);
    this.exactOnly = exactOnly;
    if (query.phrase) notes.push(`只显示包含“${query.phrase}”原文的结果。`);
    this.setNote(notes.join(''));
    this.renderFilters(response);
    this.list.replaceChildren();
    this.renderViews(this.views.slice(0, PAGE));
    this.updateMore();
    this.setStatus('done', this.summary(query, response));
  }

  private summary(query: SearchQuery, response: PagefindResponse): string {
    const shown = query.terms.join(' ');
    const total = this.exactOnly ? this.views.length : response.results.length;
    const filtered = Object.keys(this.filters).length > 0;
    if (total === 0) {
      return filtered
        ? `在当前筛选条件下没有找到与“${shown}”相关的内容。可以取消筛选后再试。`
        : `没有找到与“${shown}”相关的内容。可以换一个更短的词，或检查是否有错别字。`;
    }
    const exact = this.views.filter((v) => v.exact).length;
    const exactText = !query.phrase && exact > 0 && exact < total ? `，其中 ${exact} 篇包含完整的“${shown}”，排在前面` : '';
    return `找到 ${total} 篇与“${shown}”相关的内容${exactText}。`;
  }

  private clear() {
    this.views = [];
    this.pending = [];
    this.list.replaceChildren();
    this.updateMore();
    this.controls.hidden = true;
  }

  private renderViews(views: ResultView[]) {
    const terms = this.query?.terms ?? [];
    for (const view of views) {
      const li = el('li', 'border-b border-stone-200 py-4 dark:border-stone-800');
      const article = el('article', 'flex flex-col gap-1');
      const h = el('h2', 'text-xl leading-snug font-semibold');
      const a = el('a', 'kb-result-link');
      a.href = view.url;
      a.dataset.resultLink = '';
      appendParts(a, highlightExcerpt(view.title, terms));
      h.append(a);
      const meta = el('p', 'flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300');
      if (view.collection) meta.append(el('span', 'rounded bg-stone-100 px-2 py-0.5 font-medium dark:bg-stone-800', view.collection));
      if (view.date) {
        const time = el('time', undefined, formatDate(view.date));
        time.dateTime = view.date;
        meta.append(time);
      }
      if (view.origin) meta.append(el('span', undefined, view.origin));
      const excerpt = el('p', 'text-stone-800 dark:text-stone-200');
      appendParts(excerpt, highlightExcerpt(view.excerpt, terms));
      article.append(h, meta, excerpt);
      li.append(article);
      this.list.append(li);
    }
  }

  private async showMore() {
    const shown = this.list.children.length;
    if (shown < this.views.length) {
      this.renderViews(this.views.slice(shown, shown + PAGE));
    } else if (this.pending.length) {
      const next = this.pending.slice(0, PAGE);
      const terms = this.query?.terms ?? [];
      let views: ResultView[];
      try {
        views = (await within(Promise.all(next.map((r) => r.data())), GIVE_UP_MS)).map((d) => toResultView(d, terms));
      } catch {
        // The results so far stay; the button stays too, to try again.
        this.setStatus('error', '更多结果暂时无法读取。如果处于离线状态，请联网后再试。');
        return;
      }
      this.pending.splice(0, next.length);
      this.views.push(...views);
      this.renderViews(views);
    }
    this.links()[shown]?.focus();
    this.updateMore();
  }

  private updateMore() {
    this.more.hidden = this.list.children.length >= this.views.length && this.pending.length === 0;
  }

  private renderFilters(response: PagefindResponse) {
    this.filterBox.replaceChildren();
    for (const group of FILTER_GROUPS) {
      const counts = response.filters[group] ?? {};
      const values = Object.entries(counts)
        .filter(([value, n]) => n > 0 || this.filters[group] === value)
        .sort((a, b) => (group === '年份' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')));
      if (values.length === 0) continue;
      const box = el('div', 'flex flex-col gap-2');
      const label = el('p', 'font-semibold', group);
      label.id = `filter-${group}`;
      const chips = el('div', 'flex flex-wrap gap-2');
      chips.setAttribute('role', 'group');
      chips.setAttribute('aria-labelledby', label.id);
      for (const [value, n] of values.slice(0, 12)) {
        const button = el('button', 'kb-chip');
        button.type = 'button';
        const on = this.filters[group] === value;
        button.setAttribute('aria-pressed', String(on));
        button.append(document.createTextNode(`${value} `), el('span', 'tabular-nums', `(${n})`));
        button.addEventListener('click', () => {
          if (on) delete this.filters[group];
          else this.filters[group] = value;
          this.run().then(() => this.filterBox.querySelector<HTMLButtonElement>(`[data-filter="${CSS.escape(`${group}:${value}`)}"]`)?.focus());
        });
        button.dataset.filter = `${group}:${value}`;
        chips.append(button);
      }
      box.append(label, chips);
      this.filterBox.append(box);
    }
    this.controls.hidden = false;
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
