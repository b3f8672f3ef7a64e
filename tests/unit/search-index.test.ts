import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { indexPart, parsePartsManifest } from '../../src/lib/search/index-parts.ts';
import { joinChineseSpaces } from '../../src/lib/search/segment.ts';

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

function fragments(dir: string) {
  return readdirSync(join(dir, 'fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8').slice('pagefind_dcd'.length)));
}

describe('buildSearchIndex', () => {
  test('indexes the entries in parts, words split apart, under a language Pagefind does not split again', async () => {
    // 250 entries in parts of at most 200: two parts of 125, each split in a worker thread.
    const dist = builtSite(250);
    try {
      const result = await buildSearchIndex(dist, 200);
      expect(result).toMatchObject({ pages: 250, parts: 2 });
      const out = join(dist, 'pagefind');
      const manifest = parsePartsManifest(JSON.parse(readFileSync(join(out, 'parts.json'), 'utf8')));
      expect(manifest.parts).toEqual([indexPart(1)]);
      for (const [n, dir] of [out, join(out, indexPart(1).path)].entries()) {
        const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
        expect(Object.keys(entry.languages)).toEqual([indexPart(n).language]);
        expect(entry.languages[indexPart(n).language].page_count).toBe(125);
      }
      const [first] = fragments(out);
      // Pagefind keeps the words apart; the search page joins them for display.
      expect(first.content).toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
      expect(joinChineseSpaces(first.content)).toContain(SENTENCE);
      // Attributes are left as written: the title shows without the split.
      expect(first.meta.title).toMatch(/^第\d+篇学习体会$/);
      expect(first.content).not.toContain('导航');
      // The staging copies are gone; only the index is left in dist/.
      expect(readdirSync(dist).sort()).toEqual(['pagefind', 'theory']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);

  test('a small site gets one part, split in-process', async () => {
    const dist = builtSite(3);
    try {
      expect(await buildSearchIndex(dist, 200)).toMatchObject({ pages: 3, parts: 1 });
      expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ version: 1, parts: [] });
      expect(existsSync(join(dist, '.search-part-0'))).toBe(false);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
