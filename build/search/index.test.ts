import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex } from './index.ts';
import { decodeIndexed } from '../../src/lib/search/han-text.ts';
import { indexPart, parsePartsManifest, parseSearchPages } from '../../src/lib/search/index-parts.ts';

const SENTENCE = '支部坚持三会一课制度，传帮带结对学习党章党规。';

/** A built site of `count` theory entries, as Astro writes them, plus a list page that must not be indexed. */
function builtSite(count: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'xxyd-index-'));
  for (let i = 0; i < count; i++) {
    const id = `entry-${String(i).padStart(4, '0')}`;
    const date = `2026-01-${String((i % 28) + 1).padStart(2, '0')}`;
    mkdirSync(join(dist, 'theory', id), { recursive: true });
    writeFileSync(
      join(dist, 'theory', id, 'index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head><title>条目 ${i}</title></head><body><nav>导航 理论学习</nav>` +
        `<article data-pagefind-body data-pagefind-sort="date:${date}"><span hidden data-pagefind-meta="title:第${i}篇学习体会"></span>` +
        `<span hidden data-pagefind-filter="栏目:理论学习"></span><h1>第${i}篇学习体会</h1><p>${SENTENCE}</p></article></body></html>`,
    );
  }
  writeFileSync(join(dist, 'theory', 'index.html'), '<!DOCTYPE html><html lang="zh-CN"><body><main>理论学习 列表</main></body></html>');
  return dist;
}

function fragment(dir: string, name: string): { url: string; content: string } {
  return JSON.parse(
    gunzipSync(readFileSync(join(dir, 'fragment', name)))
      .toString('utf8')
      .slice('pagefind_dcd'.length),
  );
}

describe('buildSearchIndex', () => {
  test('indexes the entries in parts, each page’s record in pages.json by the id of its results', async () => {
    // 250 entries in parts of at most 200: two parts of 125.
    const dist = builtSite(250);
    try {
      const result = await buildSearchIndex(dist, '/kb/', 200);
      expect(result).toMatchObject({ pages: 250, parts: 2 });
      const out = join(dist, 'pagefind');
      const manifest = parsePartsManifest(JSON.parse(readFileSync(join(out, 'parts.json'), 'utf8')));
      expect(manifest.parts).toEqual([indexPart(1)]);
      const pages = parseSearchPages(JSON.parse(readFileSync(join(out, 'pages.json'), 'utf8')));
      expect(pages.size).toBe(250);
      for (const [n, dir] of [out, join(out, indexPart(1).path)].entries()) {
        const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
        expect(Object.keys(entry.languages)).toEqual([indexPart(n).language]);
        expect(entry.languages[indexPart(n).language].page_count).toBe(125);
        // Each fragment's id names its page's record.
        for (const name of readdirSync(join(dir, 'fragment'))) {
          const id = name.replace(/\.pf_fragment$/, '');
          expect(pages.get(id)?.url).toBe(fragment(dir, name).url);
        }
      }
      const [name] = readdirSync(join(out, 'fragment'));
      const first = fragment(out, name!);
      expect(pages.get(name!.replace(/\.pf_fragment$/, ''))).toMatchObject({
        title: expect.stringMatching(/^第\d+篇学习体会$/),
        collection: '',
        filters: { 栏目: ['理论学习'] },
      });
      expect(first.url).toMatch(/^\/kb\/theory\/entry-\d{4}\/$/);
      // The stored text is the article as a reader sees it, in the index's encoding.
      expect(first.content).not.toMatch(/\p{Script=Han}{2}/u);
      expect(decodeIndexed(first.content)).toContain(SENTENCE);
      expect(decodeIndexed(first.content)).not.toContain('导航');
      // Only the index is added to dist/; the ready-made search interfaces are left out.
      expect(readdirSync(dist).sort()).toEqual(['pagefind', 'theory']);
      expect(readdirSync(out).filter((f) => /ui\.(js|css)$/.test(f))).toEqual([]);
      expect(existsSync(join(out, 'pagefind-highlight.js'))).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);

  test('a small site gets one part; a site without entries still gets the runtime', async () => {
    const dist = builtSite(3);
    try {
      expect(await buildSearchIndex(dist, '/', 200)).toMatchObject({ pages: 3, parts: 1 });
      expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ version: 1, parts: [] });
      rmSync(join(dist, 'theory'), { recursive: true });
      expect(await buildSearchIndex(dist, '/', 200)).toMatchObject({ pages: 0, parts: 0 });
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'pages.json'), 'utf8'))).toEqual({ version: 1, pages: {} });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
