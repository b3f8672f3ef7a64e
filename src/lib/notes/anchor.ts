/**
 * Anchoring a note to a passage of an entry's text, after the W3C Web Annotation
 * TextQuoteSelector (prefix / exact / suffix) and TextPositionSelector (start / end).
 *
 * Positions are UTF-16 offsets into the entry's text as the page builds it (paragraph texts
 * joined by "\n"). Both the text and the quote are NFC-normalised, and no offset ever splits a
 * surrogate pair, so emoji and full-width characters keep their place.
 */

/** How much surrounding text a note remembers on each side. */
export const CONTEXT_LENGTH = 32;
/** Lowest similarity (0–1) at which a slightly changed passage still counts as the same one. */
export const FUZZY_THRESHOLD = 0.75;
/** Longest quote the fuzzy search tries (longer ones must be found exactly). */
const FUZZY_MAX_LENGTH = 400;

export interface TextAnchor {
  /** The quoted passage itself. */
  readonly exact: string;
  /** Up to CONTEXT_LENGTH characters before it. */
  readonly prefix: string;
  /** Up to CONTEXT_LENGTH characters after it. */
  readonly suffix: string;
  /** Offset of the passage when the note was made. */
  readonly start: number;
  /** Offset just after the passage when the note was made. */
  readonly end: number;
}

/**
 * Where a note sits in today's text.
 * - `exact`: the passage is where it was.
 * - `moved`: the same words, somewhere else (or the surrounding text changed).
 * - `fuzzy`: the passage was changed slightly; the range is the changed passage.
 * - `orphaned`: the passage is gone (原文已修改); the note keeps its original quote.
 */
export type AnchorResolution =
  { readonly status: 'exact' | 'moved' | 'fuzzy'; readonly start: number; readonly end: number } | { readonly status: 'orphaned' };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves `index` back by one when it would split a surrogate pair. */
function snapBack(text: string, index: number): number {
  if (index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1))) return index - 1;
  return index;
}

/** Moves `index` forward by one when it would split a surrogate pair. */
function snapForward(text: string, index: number): number {
  if (index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1))) return index + 1;
  return index;
}

/** Builds the anchor for text[start, end). Throws on an empty or out-of-range selection. */
export function createAnchor(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`选区无效：${start}–${end}（全文 ${text.length} 字符）`);
  }
  const s = snapBack(text, start);
  const e = snapForward(text, end);
  const p = snapForward(text, Math.max(0, s - context));
  const q = snapBack(text, Math.min(text.length, e + context));
  return { exact: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q), start: s, end: e };
}

/** Length of the common ending of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

/** Length of the common beginning of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function allIndexes(text: string, part: string): number[] {
  const found: number[] = [];
  if (part === '') return found;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) found.push(i);
  return found;
}

/**
 * Score of a candidate range: how much of the remembered context matches around it, minus a
 * little for distance from the old position (this settles repeated phrases with equal context).
 */
function contextScore(text: string, anchor: TextAnchor, start: number, end: number): number {
  const before = commonSuffix(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix);
  const after = commonPrefix(text.slice(end, end + anchor.suffix.length), anchor.suffix);
  const distance = Math.abs(start - anchor.start) / Math.max(1, text.length);
  return before + after - distance;
}

/** Finds the passage in today's text. `text` and the anchor are compared after NFC normalisation. */
export function resolveAnchor(rawText: string, anchor: TextAnchor): AnchorResolution {
  const text = rawText.normalize('NFC');
  const exact = anchor.exact.normalize('NFC');
  if (exact === '') return { status: 'orphaned' };
  const norm: TextAnchor = { ...anchor, exact, prefix: anchor.prefix.normalize('NFC'), suffix: anchor.suffix.normalize('NFC') };

  // 1. Unchanged: same words at the same place with the same context.
  if (
    text.slice(norm.start, norm.end) === exact &&
    text.slice(Math.max(0, norm.start - norm.prefix.length), norm.start) === norm.prefix &&
    text.slice(norm.end, norm.end + norm.suffix.length) === norm.suffix
  ) {
    return { status: 'exact', start: norm.start, end: norm.end };
  }

  // 2. The same words elsewhere (or with changed context): best context wins.
  const exactHits = allIndexes(text, exact);
  if (exactHits.length > 0) {
    let best = exactHits[0];
    let bestScore = -Infinity;
    for (const hit of exactHits) {
      const score = contextScore(text, norm, hit, hit + exact.length);
      if (score > bestScore) {
        best = hit;
        bestScore = score;
      }
    }
    const status = best === norm.start ? 'exact' : 'moved';
    return { status, start: best, end: best + exact.length };
  }

  // 3. Slightly changed: look for a similar passage.
  const fuzzy = fuzzyFind(text, norm);
  if (fuzzy) return { status: 'fuzzy', ...fuzzy };
  return { status: 'orphaned' };
}

/** Candidate ranges from the context (prefix … suffix) and from the quote's own head and tail. */
function fuzzyFind(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const { exact } = anchor;
  if (exact.length > FUZZY_MAX_LENGTH) return null;
  const minLength = Math.floor(exact.length * 0.6);
  const maxLength = Math.ceil(exact.length * 1.4) + 2;
  const starts = new Set<number>();
  const ends = new Set<number>();
  const gram = Math.max(2, Math.min(8, Math.floor(exact.length / 3)));
  const pre = anchor.prefix.slice(-Math.min(12, anchor.prefix.length));
  const suf = anchor.suffix.slice(0, Math.min(12, anchor.suffix.length));
  if (pre.length >= 4) for (const i of allIndexes(text, pre)) starts.add(i + pre.length);
  if (suf.length >= 4) for (const i of allIndexes(text, suf)) ends.add(i);
  if (exact.length >= gram * 2) {
    for (const i of allIndexes(text, exact.slice(0, gram))) starts.add(i);
    for (const i of allIndexes(text, exact.slice(-gram))) ends.add(i + gram);
  }
  // A head without a tail (or the reverse): try lengths around the original one.
  const pairs: [number, number][] = [];
  for (const s of starts) {
    let paired = false;
    for (const e of ends)
      if (e - s >= minLength && e - s <= maxLength) {
        pairs.push([s, e]);
        paired = true;
      }
    if (!paired) pairs.push([s, Math.min(text.length, s + exact.length)]);
  }
  for (const e of ends) pairs.push([Math.max(0, e - exact.length), e]);
  let best: { start: number; end: number } | null = null;
  let bestScore = FUZZY_THRESHOLD;
  for (const [s, e] of pairs.slice(0, 200)) {
    if (e <= s) continue;
    const score = similarity(text.slice(s, e), exact);
    if (score > bestScore || (best === null && score >= FUZZY_THRESHOLD)) {
      best = { start: snapBack(text, s), end: snapForward(text, e) };
      bestScore = score;
    }
  }
  return best;
}
