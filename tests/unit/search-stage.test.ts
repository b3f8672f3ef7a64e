import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StagingThread } from '../../src/integrations/search-stage.ts';
import { STAGE_DIR, STAGED_FILE, entryPageFile, pageDigest, readStagedPages } from '../../src/integrations/search-stage-files.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { joinChineseSpaces } from '../../src/lib/search/segment.ts';

const COLLECTIONS = ['theory', 'exemplars', 'training', 'plans'];

/** An entry page as Astro writes it. */
const entryHtml = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>导航</nav>` +
  `<article data-pagefind-body data-pagefind-sort="date:2026-03-01"><span hidden data-pagefind-meta="title:${title}"></span><h1>${title}</h1><p>${text}</p></article></body></html>`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'xxyd-stage-'));
}

function fragments(dir: string): { url: string; content: string }[] {
  return readdirSync(join(dir, 'fragment')).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8').slice('pagefind_dcd'.length)));
}

describe('which rendered pages are staged', () => {
  test('entry pages only, under any base path', () => {
    expect(entryPageFile('/theory/xuexi-1/', '/', COLLECTIONS)).toBe('theory/xuexi-1/index.html');
    expect(entryPageFile('/kb/plans/2026-q1/', '/kb/', COLLECTIONS)).toBe('plans/2026-q1/index.html');
    expect(entryPageFile('/kb/plans/2026-q1/', '/kb', COLLECTIONS)).toBe('plans/2026-q1/index.html');
    for (const path of ['/theory/', '/theory/page/2/', '/theory/tag/dang-zhang/', '/tags/dang-zhang/', '/search/', '/theory/x/', '/kb/theory/x/']) {
      expect(entryPageFile(path, path.startsWith('/kb/') ? '/docs/' : '/', COLLECTIONS), path).toBe(path === '/theory/x/' ? 'theory/x/index.html' : null);
    }
  });

  test('a page and its bytes on disk have the same digest', () => {
    const html = entryHtml('三会一课', '传帮带');
    expect(pageDigest(html)).toBe(pageDigest(Buffer.from(html, 'utf8')));
    expect(pageDigest(html)).not.toBe(pageDigest(html.replace('传帮带', '传帮带。')));
  });

  test('a missing, broken or foreign record of staged pages counts as none', () => {
    const dist = tempDir();
    try {
      expect(readStagedPages(dist).size).toBe(0);
      mkdirSync(join(dist, STAGE_DIR));
      for (const text of ['{"version":1,"pages":', '{"version":2,"pages":{"theory/a/index.html":"x"}}', 'null', '{"version":1,"pages":null}']) {
        writeFileSync(join(dist, STAGE_DIR, STAGED_FILE), text);
        expect(readStagedPages(dist).size, text).toBe(0);
      }
      writeFileSync(join(dist, STAGE_DIR, STAGED_FILE), '{"version":1,"pages":{"theory/a/index.html":"abc","theory/b/index.html":7}}');
      expect([...readStagedPages(dist)]).toEqual([['theory/a/index.html', 'abc']]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the staging thread', () => {
  test('writes each entry page’s copy with its words apart, and records the page it came from', async () => {
    const dist = tempDir();
    const stageDir = join(dist, STAGE_DIR);
    const page = entryHtml('学习体会', '支部坚持三会一课制度。');
    try {
      const thread = new StagingThread(stageDir, '/kb/');
      expect(thread.fileFor('/kb/theory/tihui/')).toBe('theory/tihui/index.html');
      expect(thread.fileFor('/kb/theory/')).toBeNull();
      thread.take('theory/tihui/index.html', page);
      // An entry left out of search has no data-pagefind-body: nothing to stage.
      thread.take('theory/hidden/index.html', '<!DOCTYPE html><html lang="zh-CN"><body><article><p>不进索引</p></article></body></html>');
      expect(await thread.finish()).toBe(1);
      const staged = readStagedPages(dist);
      expect([...staged]).toEqual([['theory/tihui/index.html', pageDigest(page)]]);
      const copy = readFileSync(join(stageDir, 'theory/tihui/index.html'), 'utf8');
      expect(copy).toContain('三 会 一课');
      expect(copy).not.toContain('导航');
      expect(existsSync(join(stageDir, 'theory/hidden/index.html'))).toBe(false);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('a staging thread that fails', () => {
  test('stops taking pages and says so when asked to finish', async () => {
    const dir = tempDir();
    try {
      // The staging folder cannot be made: a file stands where its parent should be.
      writeFileSync(join(dir, 'dist'), '');
      const thread = new StagingThread(join(dir, 'dist', STAGE_DIR), '/');
      thread.take('theory/a/index.html', entryHtml('第一篇', '学习党章党规。'));
      await expect(thread.finish()).rejects.toThrow();
      expect(thread.fileFor('/theory/b/')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('buildSearchIndex and the pages staged during the build', () => {
  test('takes a staged copy while its page is unchanged, splits a changed page again, and cleans up', async () => {
    const dist = tempDir();
    const pages = { 'theory/a/index.html': entryHtml('第一篇', '学习党章党规。'), 'theory/b/index.html': entryHtml('第二篇', '开展主题党日。') };
    try {
      for (const [file, html] of Object.entries(pages)) {
        mkdirSync(join(dist, file, '..'), { recursive: true });
        writeFileSync(join(dist, file), html);
      }
      const thread = new StagingThread(join(dist, STAGE_DIR), '/');
      thread.take('theory/a/index.html', pages['theory/a/index.html']);
      thread.take('theory/b/index.html', pages['theory/b/index.html']);
      expect(await thread.finish()).toBe(2);
      // Mark the staged copy of a, to see that the index reads it rather than splitting a again.
      const stagedA = join(dist, STAGE_DIR, 'theory/a/index.html');
      writeFileSync(stagedA, readFileSync(stagedA, 'utf8').replace('党章', '党章 暂存副本'));
      // b changed on disk after it was staged: its staged copy no longer counts.
      writeFileSync(join(dist, 'theory/b/index.html'), entryHtml('第二篇', '开展主题党日，重温入党誓词。'));

      const result = await buildSearchIndex(dist, 200);
      expect(result).toMatchObject({ pages: 2, parts: 1, splitEarlier: 1 });
      const contents = Object.fromEntries(fragments(join(dist, 'pagefind')).map((f) => [f.url, joinChineseSpaces(f.content)]));
      expect(contents['/theory/a/']).toContain('暂存副本');
      expect(contents['/theory/b/']).toContain('重温入党誓词');
      expect(existsSync(join(dist, STAGE_DIR))).toBe(false);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
