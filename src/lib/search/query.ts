/** Longest query we search for; anything beyond is cut and the reader is told. */
export const MAX_QUERY_LENGTH = 100;

export type QueryProblem = 'empty' | 'no-words';

export interface SearchQuery {
  /** What goes to Pagefind: quotes removed (a quoted Chinese phrase finds nothing in Pagefind 1.6). */
  text: string;
  /** The terms to highlight and to rank exact matches by, as the reader typed them. */
  terms: string[];
  /** Set when the reader quoted a phrase: only results containing it verbatim are kept. */
  phrase: string | null;
  /** Set when nothing searchable is left. */
  problem: QueryProblem | null;
  /** Whether the query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

const QUOTES = /["“”「」『』'‘’]/g;
const CONTROL = /[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;
/** Letters or digits in any script: a query without any has nothing to find. */
const WORDLIKE = /[\p{L}\p{N}]/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Cleans what the reader typed into something Pagefind can answer well. */
export function parseQuery(raw: string): SearchQuery {
  let input = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const truncated = [...input].length > MAX_QUERY_LENGTH;
  if (truncated) input = [...input].slice(0, MAX_QUERY_LENGTH).join('').trim();
  if (!input) return { text: '', terms: [], phrase: null, problem: 'empty', truncated };

  const quoted = /^["“「『'‘](.+)["”」』'’]$/.exec(input);
  const phrase = quoted ? quoted[1]!.replace(QUOTES, '').trim() : null;
  const text = input.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
  const terms = text
    .split(' ')
    .map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((t) => WORDLIKE.test(t));
  if (terms.length === 0) return { text: '', terms: [], phrase: null, problem: 'no-words', truncated };
  return { text: terms.join(' '), terms: phrase ? [phrase] : terms, phrase: phrase || null, problem: null, truncated };
}

/** Whether a term contains Chinese characters (and so may need the character-level fallback). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * The fallback query when Pagefind finds nothing: every Chinese character as its own word.
 * The browser's Intl.Segmenter can split a query differently from the index; single
 * characters always match what the index holds, and exact matches are ranked first after.
 */
export function characterQuery(query: SearchQuery): string {
  return query.terms
    .flatMap((t) => (hasCjk(t) ? [...t].filter((c) => /[\p{L}\p{N}]/u.test(c)) : [t]))
    .join(' ');
}
