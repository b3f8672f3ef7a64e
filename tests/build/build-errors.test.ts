import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexPart } from '../../src/lib/search/index-parts.ts';
import { outsideLoad, parseAttributes } from '../../src/lib/content/outside.ts';
import { BUILD_INPUTS } from '../build-inputs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/content');

/** A throwaway copy of the project whose content is made of the named fixtures. */
function projectWith(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxyd-build-'));
  for (const item of BUILD_INPUTS) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const c of cases) cpSync(join(fixtures, c, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Both steps of `npm run build`: the pages (astro build), then the search index and service worker. */
function build(dir: string) {
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
    });
  const astro = run(['scripts/build-pages.ts']);
  const post = astro.status === 0 ? run(['scripts/postbuild.ts']) : null;
  return { status: post?.status ?? astro.status, output: [astro.stdout, astro.stderr, post?.stdout, post?.stderr].join('\n') };
}

describe('the production build and bad content', () => {
  test('stops with every problem named by file, field, found, expected and fix', { timeout: 120_000 }, () => {
    const dir = projectWith('valid', 'outside-list', 'bad-plan-reference', 'impossible-date');
    try {
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('内容检查发现 3 个问题 / content check found 3 problem(s):');
      expect(output).toContain('✖ content/theory/bad-format.md:5');
      expect(output).toContain('以下之一 one of: 中心组学习 / 三会一课 / 专题党课 / 主题党日 / 网络学习 / 自学');
      expect(output).toContain('✖ content/plans/bad-ref.md:8');
      expect(output).toContain('items 第 1 项 theory');
      expect(output).toContain('✖ content/theory/bad-date.md:4');
      expect(output).toContain('内容检查未通过');
      // The report is the last word: no English "unhandled error … Stack trace:" from Astro after it.
      expect(output).not.toContain('Stack trace');
      expect(output).not.toContain('unhandled error');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('builds the valid fixture, a BOM/CRLF file included, and leaves drafts out', { timeout: 120_000 }, () => {
    const dir = projectWith('valid', 'bom-crlf');
    const draft = readFileSync(join(fixtures, 'valid/content/theory/good-theory.md'), 'utf8').replace(
      'tags: [测试]',
      'tags: [测试]\ndraft: true',
    );
    writeFileSync(join(dir, 'content/theory/a-draft.md'), draft);
    const hidden = readFileSync(join(fixtures, 'valid/content/theory/good-theory.md'), 'utf8').replace(
      'tags: [测试]',
      'tags: [测试]\nsearch: false',
    );
    writeFileSync(join(dir, 'content/theory/not-in-search.md'), hidden);
    try {
      const { status, output } = build(dir);
      expect(output).not.toContain('内容检查');
      expect(status).toBe(0);
      expect(existsSync(join(dir, 'dist/theory/windows-file/index.html'))).toBe(true);
      const page = readFileSync(join(dir, 'dist/theory/good-theory/index.html'), 'utf8');
      // The image beside the entry is optimised by Astro: a modern format, lazy loading, its size known.
      expect(page).toMatch(/<img[^>]*alt="支部党员围坐在会议室学习党章（示意图）"[^>]*>/);
      const img = /<img[^>]*alt="支部党员围坐在会议室学习党章（示意图）"[^>]*>/.exec(page)![0];
      expect(img).toMatch(/src="\/_astro\/study-session\.[^"]+\.webp"/);
      expect(img).toContain('loading="lazy"');
      expect(img).toContain('width="320"');
      expect(existsSync(join(dir, 'dist/theory/a-draft/index.html'))).toBe(false);
      expect(readFileSync(join(dir, 'dist/theory/index.html'), 'utf8')).not.toContain('a-draft');
      // `search: false` keeps a published page out of the index only.
      expect(readFileSync(join(dir, 'dist/theory/not-in-search/index.html'), 'utf8')).not.toContain('data-pagefind-body');
      expect(readFileSync(join(dir, 'dist/theory/good-theory/index.html'), 'utf8')).toContain('data-pagefind-body');
      const entry = JSON.parse(readFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
      expect(entry.languages[indexPart(0).language].page_count).toBe(5);
      expect(output).toContain('搜索索引 / search index: 5 页 pages');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('builds outside images and an iframe as link cards: no element loads from another host', { timeout: 120_000 }, () => {
    const dir = projectWith('valid', 'outside-resources');
    try {
      const { status, output } = build(dir);
      expect(status).toBe(0);
      expect(output).toContain('另有 6 条提醒（不影响发布）');
      const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(5);
      for (const file of pages) {
        const html = readFileSync(join(dir, 'dist', file), 'utf8');
        const loads = [...html.matchAll(/<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g)]
          .map((m) => ({ tag: m[0], load: outsideLoad(m[1]!, parseAttributes(m[2] ?? '')) }))
          .filter((t) => t.load);
        expect({ file, loads }).toEqual({ file, loads: [] });
      }
      const page = readFileSync(join(dir, 'dist/theory/outside-media/index.html'), 'utf8');
      expect(page).toContain(
        '<span class="kb-outside-kind">外部图片：</span>会场全景 <span class="kb-outside-url">https://img.example.com/huichang.jpg</span>',
      );
      expect(page).toContain('<span class="kb-outside-kind">外部网页：</span>专题片第一集');
      expect(page).toContain('外部图片：</span>支部党员会后合影');
      expect(page).not.toContain('<iframe');
      const mdx = readFileSync(join(dir, 'dist/theory/outside-embed/index.html'), 'utf8');
      expect(mdx).toContain('<span class="kb-outside-kind">外部网页：</span>专题片第二集');
      expect(mdx).toContain('<span class="kb-outside-kind">外部图片：</span>片头截图');
      expect(mdx).not.toContain('<iframe');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
