/**
 * Chinese word splitting for the search index. Pagefind 1.6's own Chinese segmentation (ICU4X,
 * inside its indexing binary) takes about 0.9 MB of memory and 4 ms per page (measured in
 * bench/README.md), and splits words differently from the browser that splits the query. So
 * the build splits the text itself with `Intl.Segmenter` (ICU, as the browser's), writes the
 * words apart with spaces into the copy Pagefind reads, and indexes it as a language Pagefind
 * does not segment again. Pure: shared by the build and the search page.
 */

/** What the splitting needs of `Intl.Segmenter`. */
export interface WordSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

/** Han characters, CJK and full-width punctuation, kana: text that is written without spaces. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const SPACE = /\s/u;

/** Whether a space belongs between two neighbouring characters of different words. */
function needsSpace(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && !SPACE.test(before) && !SPACE.test(after) && (CJK.test(before) || CJK.test(after));
}

/** The segmenter the build uses: the same rules (ICU's) as the browser's for the query. */
export function chineseSegmenter(): WordSegmenter {
  return new Intl.Segmenter('zh-CN', { granularity: 'word' });
}

/**
 * Puts a space at every word boundary next to a Chinese character or punctuation mark
 * (`三会一课，要` → `三 会 一课 ， 要`; `约5分钟` → `约 5 分钟`). Latin text keeps its own spacing.
 */
export function spaceWords(text: string, segmenter: WordSegmenter): string {
  if (!CJK.test(text)) return text;
  let out = '';
  let last: string | undefined;
  for (const { segment } of segmenter.segment(text)) {
    if (needsSpace(last, segment[0])) out += ' ';
    out += segment;
    last = segment[segment.length - 1];
  }
  return out;
}

/** An HTML character reference: kept whole, never split. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/giu;

/** `spaceWords` for text that is HTML-escaped: character references stay whole. */
export function spaceWordsInEscapedText(text: string, segmenter: WordSegmenter): string {
  if (!CJK.test(text)) return text;
  if (!text.includes('&')) return spaceWords(text, segmenter);
  const pieces: string[] = [];
  let last = 0;
  for (const m of text.matchAll(ENTITY)) {
    if (m.index > last) pieces.push(spaceWords(text.slice(last, m.index), segmenter));
    pieces.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push(spaceWords(text.slice(last), segmenter));
  // A reference stands apart from its neighbours, as the punctuation it usually is.
  return pieces.reduce((out, piece) => (out && piece && !SPACE.test(out[out.length - 1]!) && !SPACE.test(piece[0]!) ? `${out} ${piece}` : out + piece), '');
}

/**
 * Undoes `spaceWords` for display: drops each space that has a Chinese character or punctuation
 * mark on either side. Tags (`<mark>`) are looked through, so `在 <mark>发言</mark> 中` reads
 * `在<mark>发言</mark>中`. A space the author put next to Chinese text is dropped too; one after a
 * full stop stays.
 */
export function joinChineseSpaces(html: string): string {
  const visible = (from: number, step: 1 | -1): string | undefined => {
    let i = from;
    while (i >= 0 && i < html.length) {
      const c = html[i]!;
      if (c === '>' && step === -1) i = html.lastIndexOf('<', i) - 1;
      else if (c === '<' && step === 1) {
        const end = html.indexOf('>', i);
        if (end === -1) return c;
        i = end + 1;
      } else return c;
    }
    return undefined;
  };
  let out = '';
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (c === ' ') {
      const before = visible(i - 1, -1);
      const after = visible(i + 1, 1);
      // Pagefind ends each heading with ". ": that space stays.
      if (needsSpace(before, after) && before !== '.') continue;
    }
    out += c;
  }
  return out;
}

/** Elements whose text is not prose: left exactly as they are. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * The page as Pagefind should read it: only the element marked `data-pagefind-body` (with its
 * meta, filter and sort attributes untouched), its text split into words with spaces, in a
 * minimal document. Returns null when the page has no such element.
 */
export function indexablePage(html: string, segmenter: WordSegmenter): string | null {
  const marker = html.search(/<[a-z][\w-]*\s[^>]*\bdata-pagefind-body\b/iu);
  if (marker === -1) return null;
  const tag = /^<([a-z][\w-]*)/iu.exec(html.slice(marker))![1]!.toLowerCase();
  let out = '';
  let depth = 0;
  let i = marker;
  /** The last character of text written, across tags. */
  let lastText: string | undefined;
  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[i] === '<') {
      const end = tagEnd(html, i);
      const raw = html.slice(i, end);
      out += raw;
      i = end;
      const name = /^<\/?([a-z][\w-]*)/iu.exec(raw)?.[1]?.toLowerCase();
      if (name === tag && !raw.endsWith('/>')) depth += raw.startsWith('</') ? -1 : 1;
      if (depth === 0) break;
      if (name && RAW_TEXT.has(name) && !raw.startsWith('</')) {
        const close = new RegExp(`</${name}`, 'giu');
        close.lastIndex = i;
        const stop = close.exec(html)?.index ?? html.length;
        out += html.slice(i, stop);
        i = stop;
      }
      continue;
    }
    const next = html.indexOf('<', i);
    const stop = next === -1 ? html.length : next;
    const text = spaceWordsInEscapedText(html.slice(i, stop), segmenter);
    // Pagefind joins the text on both sides of an inline tag (`一课<b>制度</b>`): keep the words apart.
    if (needsSpace(lastText, text[0])) out += ' ';
    out += text;
    lastText = text[text.length - 1] ?? lastText;
    i = stop;
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${out}</body></html>`;
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
