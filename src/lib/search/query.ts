/**
 * What a reader's query means (the rule search keeps, see README.md beside this file):
 * - Spaces and punctuation separate terms, and a page must contain every term (AND).
 * - A run of Chinese characters is a substring: it matches wherever the page's text contains it
 *   verbatim, at any length from one character up, as Ctrl+F does.
 * - Latin letters and digits match as whole words, case aside: AI does not match OpenAI.
 * - Where Chinese and Latin meet, the query splits: AI编程 means AI 编程.
 * - Quotes are allowed and change nothing: every term is already matched as it is written.
 * Pure: shared by the search page and the tests.
 */
import { HAN, hanToken, normalizeText } from './han-text.ts';

/** Longest query searched; anything beyond is cut and the reader is told. */
export const MAX_QUERY_LENGTH = 100;
/** Most terms searched: each costs a lookup in the index. */
export const MAX_TERMS = 8;

export type QueryProblem = 'empty' | 'no-words';

export interface SearchTerm {
  /** The term as it is matched: Latin lowercased, full-width forms folded. */
  text: string;
  /** `han`: a substring of Chinese text; `word`: a whole Latin or digit word. */
  kind: 'han' | 'word';
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** The query as the page repeats it to the reader: as typed, without quotes. */
  shown: string;
  problem: QueryProblem | null;
  /** Whether the query was longer than MAX_QUERY_LENGTH characters, or had more than MAX_TERMS terms, and was cut. */
  truncated: boolean;
}

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/gu;
/** A Han run, or a run of other letters and digits (with the marks that belong to them). */
const PIECE = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/** Reads what the reader typed into the terms every result must contain. */
export function parseQuery(raw: string): SearchQuery {
  let input = normalizeText(raw.replace(CONTROL, ' ')).replace(/\s+/gu, ' ').trim();
  let truncated = [...input].length > MAX_QUERY_LENGTH;
  if (truncated) input = [...input].slice(0, MAX_QUERY_LENGTH).join('');
  if (!input.trim()) return { terms: [], shown: '', problem: 'empty', truncated };
  const seen = new Set<string>();
  let terms: SearchTerm[] = [];
  for (const [piece] of input.matchAll(PIECE)) {
    const term: SearchTerm = HAN.test(piece) ? { text: piece, kind: 'han' } : { text: piece.toLowerCase(), kind: 'word' };
    if (seen.has(`${term.kind}:${term.text}`)) continue;
    seen.add(`${term.kind}:${term.text}`);
    terms.push(term);
  }
  if (terms.length === 0) return { terms: [], shown: '', problem: 'no-words', truncated };
  // A term inside a longer one of the same kind adds nothing (技能 in 业务技能).
  terms = terms.filter(
    (t) => !terms.some((o) => o !== t && o.kind === 'han' && t.kind === 'han' && o.text.length > t.text.length && o.text.includes(t.text)),
  );
  if (terms.length > MAX_TERMS) {
    terms = terms.slice(0, MAX_TERMS);
    truncated = true;
  }
  return { terms, shown: input.replace(/["“”「」『』'‘’]/gu, '').trim() || terms.map((t) => t.text).join(' '), problem: null, truncated };
}

/** How the index is asked about one term (pagefindLookups). */
export interface TermLookups {
  /**
   * A lookup that finds exactly the pages containing the term, when `loose` alone cannot tell
   * them: a Latin word as itself (its loose lookup is a prefix search), a Han term that repeats a
   * character as the phrase of its pairs. Null when `loose` tells.
   */
  exact: string | null;
  /** A lookup that lists every position of the term's index words. */
  loose: string;
  /** How many consecutive index words one occurrence takes: a Han term's pairs, otherwise 1. */
  span: number;
}

/**
 * How the index is asked about a term (its encoding: han-text.ts). One or two Han characters are
 * one token (a prefix search for one: every character starts a token of its run, and no token
 * is longer than a pair), so the loose lookup is exact. Longer Han terms are their pairs: when no
 * character repeats, a run of `span` consecutive positions among the pairs' locations can only be
 * the term itself (each character has one successor among the pairs, and the run has as many
 * pairs as the term), so the loose lookup tells the pages and every occurrence in one search;
 * when one repeats (党章党规), a run could be another string of the same pairs (党章党章), and the
 * exact phrase decides.
 */
export function pagefindLookups(term: SearchTerm): TermLookups {
  if (term.kind === 'word') return { exact: `"${term.text}"`, loose: term.text, span: 1 };
  const chars = [...term.text];
  if (chars.length === 1) return { exact: null, loose: hanToken(chars[0]!), span: 1 };
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(hanToken(chars[i]!, chars[i + 1]!));
  const repeats = new Set(chars).size < chars.length;
  return { exact: pairs.length > 1 && repeats ? `"${pairs.join(' ')}"` : null, loose: pairs.join(' '), span: pairs.length };
}

/**
 * Where a term's occurrences start among a page's loose locations (the positions of any of its
 * index words): runs of `span` consecutive positions, counted without overlap.
 */
export function occurrenceStarts(locations: readonly number[], span: number): number[] {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  if (span <= 1) return sorted;
  const starts: number[] = [];
  let runStart = Number.NaN;
  let runLength = 0;
  let previous = Number.NaN;
  for (const at of sorted) {
    if (at === previous + 1 && runLength > 0) runLength++;
    else {
      runStart = at;
      runLength = 1;
    }
    previous = at;
    if (runLength === span) {
      starts.push(runStart);
      runLength = 0;
    }
  }
  return starts;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where `term` first occurs in `text` by the same rule (Han as a substring, a word as a whole
 * word, case aside), as [start, end) in UTF-16 units; null when it does not.
 */
export function findTerm(text: string, term: SearchTerm, from = 0): [number, number] | null {
  const hay = normalizeText(text).toLowerCase();
  let at = hay.indexOf(term.text, from);
  while (at !== -1) {
    const end = at + term.text.length;
    if (term.kind === 'han' || (!isWordChar(hay, at - 1) && !isWordChar(hay, end))) return [at, end];
    at = hay.indexOf(term.text, at + 1);
  }
  return null;
}

/** Whether the character at `i` continues a Latin or digit word (Han characters do not). */
function isWordChar(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && WORD_CHAR.test(c) && !HAN.test(c);
}

/** Whether `text` contains every term (the rule the index answers by, applied to text at hand). */
export function containsAll(text: string, terms: readonly SearchTerm[]): boolean {
  return terms.every((t) => findTerm(text, t) !== null);
}
