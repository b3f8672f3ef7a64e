import { describe, expect, test } from 'vitest';
import { countReadableChars } from '../src/lib/content/reading.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { generateCorpus, siteFile, starlightFile } from './generate.ts';
import { SEARCH_QUERIES } from './vocabulary.ts';

const corpus = generateCorpus({ docs: 200 });

describe('generateCorpus', () => {
  test('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ docs: 30 }).map(siteFile)).toEqual(corpus.slice(0, 30).map(siteFile));
    expect(generateCorpus({ docs: 5, seed: 7 })[0]!.body).not.toBe(corpus[0]!.body);
  });

  test('keeps document i the same whatever the corpus size', () => {
    expect(siteFile(generateCorpus({ docs: 1000 })[150]!)).toEqual(siteFile(corpus[150]!));
  });

  test('writes entries the content checker accepts, mostly theory', () => {
    const { problems, entries } = checkContent(corpus.map(siteFile), { production: true, fileExists: () => true });
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(200);
    expect(corpus.filter((d) => d.collection === 'theory')).toHaveLength(160);
    expect(new Set(corpus.map((d) => d.collection))).toEqual(new Set(['theory', 'exemplars', 'training']));
  });

  test('gives each body headings, lists and about 1,500 readable characters', () => {
    const sizes = corpus.map((d) => countReadableChars(d.body));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1400);
    expect(mean).toBeLessThan(1600);
    expect(Math.min(...sizes)).toBeGreaterThan(1100);
    for (const d of corpus) {
      expect(d.body).toMatch(/^## \S/m);
      expect(d.body).toMatch(/^(?:-|\d\.) \S/m);
    }
  });

  test('draws on a large vocabulary, as a real archive does', () => {
    const text = corpus.map((d) => d.body).join('');
    const names = new Set(corpus.flatMap((d) => d.fields.filter(([k]) => k === 'speaker' || k === 'lecturer').map(([, v]) => v)));
    expect(names.size).toBeGreaterThan(150);
    // Distinct two-character sequences: a rough stand-in for the index's word count.
    const bigrams = new Set<string>();
    for (let i = 0; i < text.length - 1; i++) bigrams.add(text.slice(i, i + 2));
    expect(bigrams.size).toBeGreaterThan(5000);
    for (const q of SEARCH_QUERIES) expect(text.includes(q) || corpus.some((d) => d.title.includes(q))).toBe(true);
  });
});

describe('starlightFile', () => {
  test('keeps the body and the route, with Starlight front matter', () => {
    const doc = corpus[3]!;
    const file = starlightFile(doc);
    expect(file.path).toBe(`src/content/docs/${doc.collection}/${doc.id}.md`);
    expect(file.text).toContain(`title: ${JSON.stringify(doc.title)}\ndescription: ${JSON.stringify(doc.summary)}\n---`);
    expect(file.text.endsWith(doc.body)).toBe(true);
  });
});
