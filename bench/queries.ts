/**
 * The bench's three query sets, derived from the generated corpus so that every query occurs in it:
 * whole dictionary words (what most readers type), coinages ICU does not know, and substrings at
 * random positions of the text, which mostly start or end inside a word (务技能 in 业务技能).
 * Pure and deterministic from the corpus and the seed.
 */
import { type BenchDoc, rng } from './generate.ts';
import { COINAGE_HEAD, COINAGE_TAIL, SEARCH_QUERIES } from './vocabulary.ts';

export type QuerySetName = 'words' | 'coinages' | 'substrings';

export interface QuerySet {
  name: QuerySetName;
  queries: string[];
}

/** How many queries each set has. */
export const QUERIES_PER_SET = 20;

const HAN_RUN = /[\u3400-\u9fff]+/g;
const isCoinage = (word: string) => COINAGE_HEAD.includes(word.slice(0, 2)) && COINAGE_TAIL.includes(word.slice(2));

/** The coinages (vocabulary.ts) that the corpus's bodies mention. */
function coinagesOf(corpus: readonly BenchDoc[]): string[] {
  const found = new Set<string>();
  for (const doc of corpus) {
    for (const run of doc.body.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 3 <= run.length; i++) {
        const word = run.slice(i, i + 3);
        if (isCoinage(word)) found.add(word);
      }
    }
  }
  return [...found].sort();
}

/** Picks `n` of `items` without repeats, in a seeded order. */
function sample<T>(items: readonly T[], n: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

/** Random Han substrings of 2–5 characters from random documents' bodies. */
function substringsOf(corpus: readonly BenchDoc[], n: number, next: () => number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 50; tries++) {
    const doc = corpus[Math.floor(next() * corpus.length)]!;
    const length = 2 + Math.floor(next() * 4);
    const runs = (doc.body.match(HAN_RUN) ?? []).filter((run) => run.length >= length);
    if (!runs.length) continue;
    const run = runs[Math.floor(next() * runs.length)]!;
    const at = Math.floor(next() * (run.length - length + 1));
    out.add(run.slice(at, at + length));
  }
  return [...out];
}

export function querySets(corpus: readonly BenchDoc[], seed = 2026): QuerySet[] {
  const next = rng((seed ^ 0x5eed) >>> 0);
  return [
    { name: 'words', queries: [...SEARCH_QUERIES].slice(0, QUERIES_PER_SET) },
    { name: 'coinages', queries: sample(coinagesOf(corpus), QUERIES_PER_SET, next) },
    { name: 'substrings', queries: substringsOf(corpus, QUERIES_PER_SET, next) },
  ];
}
