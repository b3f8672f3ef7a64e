/**
 * What the search index holds of one built entry page: its record (title, date, collection,
 * source, filters: from the `data-pagefind-*` attributes the entry layout writes) and the text a
 * reader sees in its article (`data-pagefind-body`, less every `data-pagefind-ignore` part), with
 * its blocks joined so that excerpts read well: 姓名：李红梅 · 荣誉称号：优秀共产党员, a heading and
 * the paragraph after it apart. Pure string work, fast enough for thousands of pages; used by the
 * index build and by the tests that check search against the text.
 */

/** The search page's filter groups, in the order they are offered. */
export const FILTER_GROUPS = ['栏目', '类型', '年份', '标签'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** One entry page as search describes it. */
export interface SearchPage {
  /** The page's address, with the site's base path. */
  url: string;
  title: string;
  /** `YYYY-MM-DD`: the date results sort and break ties by. */
  date: string;
  /** The collection's Chinese name (理论学习 …). */
  collection: string;
  /** The unit or source shown beside the date; may be empty. */
  origin: string;
  /** Filter values by group; a page may have several tags. */
  filters: Partial<Record<FilterGroup, string[]>>;
}

export interface PageText {
  page: SearchPage;
  /** The article's text as a reader sees it, blocks joined (see above). */
  text: string;
}

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Elements without a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'button', 'select', 'textarea']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Decodes HTML character references (numeric, and the few named ones HTML writers emit). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Attributes of a start tag, values decoded. */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** The index just past the `>` that ends the tag starting at `start`, reading quoted values whole. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/** Punctuation that ends a block well enough that the next may follow it directly. */
const ENDS_BLOCK = /[。！？；：…，、”’」』）》】.!?;:,)\]]$/u;

interface Block {
  kind: 'dt' | 'dd' | 'other';
  text: string;
}

/** Joins the blocks of an article: 姓名：李红梅 · 荣誉称号：…; a block without an ending mark and the next with ` · `. */
function joinBlocks(blocks: Block[]): string {
  let out = '';
  let prev: Block | null = null;
  for (const block of blocks) {
    if (prev === null) out = block.text;
    else if (prev.kind === 'dt' && block.kind === 'dd') out += `：${block.text}`;
    else if (ENDS_BLOCK.test(out)) out += block.text;
    else out += ` · ${block.text}`;
    prev = block;
  }
  return out;
}

/** Collapses white space as a browser shows it; none between two Han characters (a soft line break in the source). */
function collapse(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .trim();
}

/**
 * Reads an entry page. Returns null when the page asks not to be indexed (no
 * `data-pagefind-body`, e.g. a draft or a plan).
 */
export function readPageText(html: string, url: string): PageText | null {
  const marker = html.search(/<[a-z][\w-]*\s[^>]*\bdata-pagefind-body\b/iu);
  if (marker === -1) return null;
  const page: SearchPage = { url, title: '', date: '', collection: '', origin: '', filters: {} };
  const blocks: Block[] = [];
  let current = '';
  let currentKind: Block['kind'] = 'other';
  const flush = (kind: Block['kind']) => {
    const text = collapse(current);
    if (text) blocks.push({ kind: currentKind, text });
    current = '';
    currentKind = kind;
  };
  /** Open elements: name, and whether its content is left out. */
  const stack: { name: string; skip: boolean }[] = [];
  const skipping = () => stack.length > 0 && stack[stack.length - 1]!.skip;
  let i = marker;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[i] === '<' && /[a-z/!]/iu.test(html[i + 1] ?? '')) {
      const end = tagEnd(html, i);
      const raw = html.slice(i, end);
      i = end;
      const closing = raw[1] === '/';
      const name = /^<\/?([a-z][\w-]*)/iu.exec(raw)?.[1]?.toLowerCase();
      if (!name) continue;
      if (closing) {
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at === -1) continue;
        if (BLOCKS.has(name) && !stack[at]!.skip) flush('other');
        stack.length = at;
        if (stack.length === 0) break;
        continue;
      }
      const attrs = attributes(raw);
      const skip = skipping() || NOT_TEXT.has(name) || attrs.has('data-pagefind-ignore') || attrs.has('hidden');
      if (stack.length > 0 || attrs.has('data-pagefind-body')) readRecordAttributes(attrs, page);
      if (BLOCKS.has(name) && !skip) flush(name === 'dt' || name === 'dd' ? name : 'other');
      if (!VOID.has(name) && !raw.endsWith('/>')) {
        stack.push({ name, skip });
        // Raw text elements: jump to their end tag.
        if (name === 'script' || name === 'style') {
          const close = html.toLowerCase().indexOf(`</${name}`, i);
          i = close === -1 ? html.length : close;
        }
      }
      continue;
    }
    const next = html.indexOf('<', i + 1);
    const stop = next === -1 ? html.length : next;
    if (!skipping()) current += decodeEntities(html.slice(i, stop));
    i = stop;
  }
  flush('other');
  if (!page.title) page.title = blocks[0]?.text ?? url;
  return { page, text: joinBlocks(blocks) };
}

/** Reads the `data-pagefind-meta`, `-filter` and `-sort` attributes of one element into the record. */
function readRecordAttributes(attrs: Map<string, string>, page: SearchPage) {
  const meta = attrs.get('data-pagefind-meta');
  if (meta) {
    const [key, value] = splitPair(meta);
    if (key === 'title' || key === 'collection' || key === 'date' || key === 'origin') page[key] = value;
  }
  const filter = attrs.get('data-pagefind-filter');
  if (filter) {
    const [group, value] = splitPair(filter);
    if ((FILTER_GROUPS as readonly string[]).includes(group) && value) (page.filters[group as FilterGroup] ??= []).push(value);
  }
  const sort = attrs.get('data-pagefind-sort');
  if (sort) {
    const [key, value] = splitPair(sort);
    if (key === 'date' && !page.date) page.date = value;
  }
}

function splitPair(text: string): [string, string] {
  const at = text.indexOf(':');
  return at === -1 ? [text.trim(), ''] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}
