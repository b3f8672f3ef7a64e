/**
 * Excerpts and marks for the result list, from the page's text (page-text.ts) and the reader's
 * terms, by the same rule as the search (query.ts): an excerpt is centred on the first verbatim
 * occurrence, each occurrence is marked as a whole, and no excerpt starts with punctuation.
 * Returned as parts, so the page builds text nodes and <mark> elements, never HTML.
 */
import { findTerm, type SearchTerm } from './query.ts';

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Every occurrence of any term in `text`, as sorted, non-overlapping [start, end) ranges. */
function occurrences(text: string, terms: readonly SearchTerm[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = findTerm(text, term);
    while (at) {
      ranges.push(at);
      at = findTerm(text, term, at[1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text` with every occurrence of the terms marked. */
export function markTerms(text: string, terms: readonly SearchTerm[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const [start, end] of occurrences(text, terms)) {
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** Where a sentence or a card field ends. */
const SENTENCE_END = '。！？；·';
/** Marks and separators an excerpt must not start with. */
const LEADING = /^[\s\p{P}\p{S}]+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * About `length` characters of `text` around the first occurrence of any term, with the terms
 * marked; the start of the text when none occurs (a title match). An ellipsis shows where the
 * text was cut at the end; none is put before it, so no excerpt starts with a mark.
 */
export function excerpt(text: string, terms: readonly SearchTerm[], length = 80): TextPart[] {
  const first = occurrences(text, terms)[0];
  let start = 0;
  if (first) {
    const room = Math.max(0, length - (first[1] - first[0]));
    start = Math.max(0, first[0] - Math.floor(room / 3));
    // Start with the sentence or field the occurrence is in, when it begins close enough.
    const lead = text.slice(Math.max(0, first[0] - Math.floor(room / 2)), first[0]);
    const boundary = Math.max(...[...SENTENCE_END].map((c) => lead.lastIndexOf(c)));
    if (boundary !== -1) start = first[0] - lead.length + boundary + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, Math.min(start, end - length));
  // Never start inside a surrogate pair, nor with punctuation or a separator.
  if (start > 0 && /[\udc00-\udfff]/u.test(text[start] ?? '')) start -= 1;
  let slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  if (first && start + lead > first[0]) {
    // The occurrence itself starts with a mark (a quoted term): keep it whole.
    slice = text.slice(first[0], end);
  } else {
    slice = slice.slice(lead);
  }
  if (end < text.length && /[\ud800-\udbff]/u.test(text[end - 1] ?? '')) {
    end -= 1;
    slice = slice.slice(0, -1);
  }
  const parts = markTerms(slice.replace(TRAILING_SPACE, ''), terms);
  if (end < text.length) parts.push({ text: '…', mark: false });
  return mergeParts(parts);
}

/** Joins neighbouring parts of the same kind. */
function mergeParts(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && prev.mark === p.mark) prev.text += p.text;
    else if (p.text) out.push({ ...p });
  }
  return out;
}
