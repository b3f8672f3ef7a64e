/**
 * How Chinese text is indexed so that search finds what Ctrl+F finds. Pure: shared by the index
 * build (build/search/) and the search page.
 *
 * Every run of Han characters is written for Pagefind as its overlapping character pairs, closed
 * by the run's last character alone: 业务技能 → 业务 务技 技能 能. A query of two or more characters
 * is then the phrase of its pairs (务技能 → "务技 技能"), which Pagefind matches by word position,
 * so it finds exactly the pages that contain it verbatim, wherever a word splitter would have cut.
 * A single character is a prefix search, and every character of a run starts one of its tokens.
 *
 * Each character is written as a Latin token, `q` and its code point in base 36 (业 → q0ffe):
 * Pagefind 1.6 looks Latin words up and matches their phrases reliably, while some Han pairs it
 * indexes are not found by an exact lookup (build/search/README.md). Han code points give four
 * base-36 digits starting with 0–4, so no ordinary word reads as a token. The character closing a
 * run gets a `z` (能 → q0nkzz): no token is then a prefix of a pair, because when a part of the
 * index lacks a word, Pagefind falls back to the longest word the query starts with, and a pair
 * missing from a part would otherwise find every page whose runs end in its first character.
 * The encoding is reversible (`decodeIndexed`), so the stored text still gives readable excerpts.
 */

/** One Han character (ideographs of every CJK block, compatibility ideographs included). */
export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Full-width Latin letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) and the ideographic space. */
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/gu;

/**
 * The text as it is indexed and searched: full-width Latin letters, digits and spaces folded to
 * their ordinary forms, so a reader's full-width query matches half-width text and back. Chinese
 * punctuation stays as it is written (excerpts show it).
 */
export function normalizeText(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** One Han character as the index writes it: four base-36 digits of its code point. */
function charCode(char: string): string {
  return char.codePointAt(0)!.toString(36).padStart(4, '0');
}

/**
 * The start of Pagefind's words for one character (a prefix: every token of a run that starts
 * with the character begins so), or the word for a pair of characters.
 */
export function hanToken(first: string, second?: string): string {
  return `q${charCode(first)}${second ? charCode(second) : ''}`;
}

/** Pagefind's word for the character that closes a run. */
function closingToken(char: string): string {
  return `${hanToken(char)}z`;
}

/** The Han characters a token stands for, or null when it is an ordinary word. */
function readToken(token: string): string | null {
  const m = /^q([0-9a-z]{4})(?:([0-9a-z]{4})|z)$/.exec(token);
  if (!m) return null;
  let out = '';
  for (const code of [m[1], m[2]]) {
    if (code === undefined) continue;
    const point = parseInt(code, 36);
    const char = point <= 0x10ffff ? String.fromCodePoint(point) : '';
    if (!HAN.test(char)) return null;
    out += char;
  }
  return out;
}

/** One run of Han characters as Pagefind's words: its pairs, then its last character alone. */
function encodeRun(run: string): string {
  const chars = [...run];
  const words: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) words.push(hanToken(chars[i]!, chars[i + 1]!));
  words.push(closingToken(chars[chars.length - 1]!));
  return ` ${words.join(' ')} `;
}

/**
 * A word with a capital after a small letter (OpenAI, iPhone): Pagefind would also index its
 * parts (open, ai), so a search for AI would find OpenAI. It is indexed in small letters, followed
 * by a token that records where its capitals were (`qz` and a bit mask in base 36, which never
 * reads as a Han token), so excerpts show it as written.
 */
const CAMEL_WORD = /\b(?=[A-Za-z0-9]*[a-z][A-Z])[A-Za-z0-9]{2,50}\b/gu;

function encodeCamelWord(word: string): string {
  let mask = 0n;
  [...word].forEach((c, i) => {
    if (c !== c.toLowerCase()) mask |= 1n << BigInt(i);
  });
  return `${word.toLowerCase()} qz${mask.toString(36)}`;
}

/** The text Pagefind indexes and stores: Han runs as character pairs (see above), the rest as it is. */
export function encodeForIndex(text: string): string {
  return normalizeText(text).replace(CAMEL_WORD, encodeCamelWord).replace(HAN_RUN, encodeRun).replace(/ {2,}/g, ' ').trim();
}

/** Puts back the capitals a `qz` token recorded; null when the token cannot be one (an ordinary word). */
function recase(word: string, token: string): string | null {
  let mask = [...token.slice(2)].reduce((m, c) => m * 36n + BigInt(parseInt(c, 36)), 0n);
  if (mask >= 1n << BigInt(word.length)) return null;
  const out = [...word]
    .map((c) => {
      const upper = (mask & 1n) === 1n;
      mask >>= 1n;
      return upper ? c.toUpperCase() : c;
    })
    .join('');
  return /[a-z][A-Z]/u.test(out) ? out : null;
}

/**
 * Reads text written by `encodeForIndex` back as it was. Pairs chain until the single character
 * that closes their run; the spaces the encoding put around a run go. A space the author had
 * beside Chinese text may go too, which is how Chinese is written anyway.
 */
export function decodeIndexed(encoded: string): string {
  const tokens = encoded.split(' ');
  let out = '';
  /** Whether the last thing written was a Han run (no space after it). */
  let afterRun = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const han = readToken(token);
    if (han !== null) {
      let run = han;
      // A pair continues its run until the single character that closes it.
      let last = han;
      while ([...last].length === 2 && i + 1 < tokens.length) {
        const next = readToken(tokens[i + 1]!);
        if (next === null) break;
        i++;
        last = next;
        if ([...next].length === 2) run += [...next][1];
      }
      out += run;
      afterRun = true;
      continue;
    }
    if (token === '') continue;
    const next = tokens[i + 1];
    const word = next !== undefined && /^qz[0-9a-z]+$/.test(next) && /^[a-z0-9]+$/.test(token) ? recase(token, next) : null;
    if (word !== null) {
      i++;
      out += out === '' || afterRun || endsWithCjkPunctuation(out) ? word : ` ${word}`;
      afterRun = false;
      continue;
    }
    out += out === '' || afterRun || startsWithCjkPunctuation(token) || endsWithCjkPunctuation(out) ? token : ` ${token}`;
    afterRun = false;
  }
  return out;
}

/** Chinese punctuation and full-width forms: no space is written next to them. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u00b7\u201c\u201d\u2018\u2019]/u;

function startsWithCjkPunctuation(token: string): boolean {
  return CJK_PUNCTUATION.test(token[0] ?? '');
}

function endsWithCjkPunctuation(text: string): boolean {
  return CJK_PUNCTUATION.test(text[text.length - 1] ?? '');
}
