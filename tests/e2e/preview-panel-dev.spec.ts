import { expect, test } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe.ts';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PANEL_DEV_PORT } from '../../scripts/e2e-ports.mjs';
import { type DevProject, projectRoot as root, startDevProject } from './dev-project.ts';

// An editor breaks an image path and a date while `npm run dev` runs: those two pages show the
// checker's messages, every other page keeps working, and a fixed file shows its page again
// without a restart or a manual reload.
// A value MDX code could read at build time if it ran; the preview must never show it.
const SECRET = 'xxyd-dev-secret-4711';
process.env.XXYD_DEV_SECRET = SECRET;

let project: DevProject | undefined;
let dir = '';
let origin = '';

function edit(file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

test.describe('the preview (npm run dev) with content mistakes', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async () => {
    // Starting astro dev takes a while on a busy machine; the hook's own default is 30 s.
    test.setTimeout(120_000);
    project = await startDevProject({
      port: PANEL_DEV_PORT,
      prefix: 'xxyd-panel-',
      waitMs: 90_000,
      // Mistakes present when the preview starts must not stop it either.
      setup: (copy) => {
        cpSync(join(root, 'tests/fixtures/content/yaml-unclosed-quote/content'), join(copy, 'content'), { recursive: true });
        cpSync(join(root, 'tests/fixtures/content/non-ascii-name/content'), join(copy, 'content'), { recursive: true });
      },
    });
    ({ dir, origin } = project);
  });

  test.afterAll(() => project?.stop());

  test('a broken image path and a broken date each show a panel on their page; the home page works', async ({ page }) => {
    edit(
      'content/exemplars/good-exemplar.md',
      'tags: [测试]',
      'tags: [测试]\nportrait:\n  src: ./no-such-photo.jpg\n  alt: 测试人物在窗口为群众讲解',
    );
    edit('content/theory/good-theory.md', 'date: 2026-03-12', 'date: 2026-9-8');

    await expect(async () => {
      await page.goto(`${origin}/exemplars/good-exemplar/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页的内容有 1 个问题', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const panel = page.getByRole('alert');
    await expect(panel).toContainText('content/exemplars/good-exemplar.md:12');
    await expect(panel).toContainText('portrait.src');
    await expect(panel).toContainText('把图片放在文章旁边并检查文件名');
    await expect(page.getByRole('img', { name: '图片缺失："./no-such-photo.jpg"' })).toBeVisible();

    await page.goto(`${origin}/theory/good-theory/`);
    await expect(page.getByRole('alert')).toContainText('content/theory/good-theory.md:4');
    await expect(page.getByRole('alert')).toContainText('月和日都写两位数字：写成 2026-09-08');

    const home = await page.goto(`${origin}/`);
    expect(home?.status()).toBe(200);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('link', { name: '测试培训' }).first()).toBeVisible();
  });

  test('files broken before the preview started show their panel too', async ({ page }) => {
    await page.goto(`${origin}/theory/unclosed-quote/`);
    await expect(page.getByRole('alert')).toContainText('content/theory/unclosed-quote.md:3');
    await expect(page.getByRole('alert')).toContainText('引号没有配对');
    await page.goto(`${origin}/theory/${encodeURIComponent('党章学习')}/`);
    await expect(page.getByRole('alert')).toContainText('在 front matter 中加一行 id: dang-zhang-xue-xi');
    const list = await page.goto(`${origin}/theory/`);
    expect(list?.status()).toBe(200);
  });

  test('a missing image in the body shows a placeholder on its page and leaves the others alone', async ({ page }) => {
    edit('content/training/good-training.md', '这是测试用的正文', '![培训现场](./no-such-image.png)\n\n这是测试用的正文');
    await expect(async () => {
      await page.goto(`${origin}/training/good-training/`);
      await expect(page.getByRole('alert')).toContainText('正文图片 body image', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole('alert')).toContainText('content/training/good-training.md');
    await expect(page.getByRole('img', { name: '图片缺失："./no-such-image.png"' })).toBeVisible();
    const home = await page.goto(`${origin}/`);
    expect(home?.status()).toBe(200);
    await page.goto(`${origin}/plans/good-plan/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('测试计划');
  });

  test('MDX code is refused in the preview as in the build: no import, expression or script runs, and the page says why', async ({
    page,
  }) => {
    const front = '---\ntitle: MDX 测试\nsummary: 测试摘要。\ndate: 2026-03-12\nformat: 三会一课\ntopics: [党章党规]\ntags: [测试]';
    writeFileSync(
      join(dir, 'content/theory/mdx-code.mdx'),
      `${front}\n---\n\nimport { siteConfig } from '../../src/site.config.ts';\n\n正文第一段。\n\n{String(process.env.XXYD_DEV_SECRET)}\n\n<script>{document.title = 'ran'}</script>\n\n<div data-pagefind-ignore>允许的写法</div>\n`,
    );
    await expect(async () => {
      await page.goto(`${origin}/theory/mdx-code/`);
      await expect(page.getByRole('alert')).toContainText('正文 MDX body MDX', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByRole('alert')).toContainText('content/theory/mdx-code.mdx');
    await expect(page.getByRole('alert')).toContainText('mdx: "trusted"');
    expect(await page.content()).not.toContain(SECRET);
    expect(await page.title()).not.toBe('ran');
    // Four problems, each named: the import, the expression, the script and the expression inside it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('这一页的内容有 4 个问题');
    await expect(page.getByRole('alert')).toContainText('不含 import / export 的 MDX');
  });

  test('the panel passes axe in light and dark', async ({ page }) => {
    await page.goto(`${origin}/theory/good-theory/`);
    await expect(page.getByRole('alert')).toBeVisible();
    // Every violation, not only serious ones: the panel is small and entirely ours.
    await expectAccessibleInBothSchemes(page, 'preview panel', 'any');
  });

  test('fixing the file brings the page back by itself, without a restart', async ({ page }) => {
    await page.goto(`${origin}/theory/good-theory/`);
    await expect(page.getByRole('alert')).toBeVisible();
    edit('content/theory/good-theory.md', 'date: 2026-9-8', 'date: 2026-03-12');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('测试理论学习', { timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
