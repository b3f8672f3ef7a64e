import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILD_INPUTS } from '../build-inputs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway copy of the project holding the valid fixture's content, as an editor's checkout would. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxyd-new-'));
  for (const item of BUILD_INPUTS) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
  // The editors' guide sits in content/ too; the build must not take it for an entry.
  cpSync(join(root, 'content/README.md'), join(dir, 'content/README.md'));
  return dir;
}

// Vitest sets NODE_ENV=test; the tools must behave as they do for an editor, so pass the environment explicitly.
const { NODE_ENV: _ignored, ...baseEnv } = process.env;
const env = (extra: Record<string, string> = {}) => ({ ...baseEnv, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', ...extra });

function run(dir: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: env(extra) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newEntry = (dir: string, ...args: string[]) => run(dir, ['scripts/new-entry.ts', ...args]);
const createdFile = (stdout: string) => /已创建 created: (\S+)/.exec(stdout)?.[1] ?? '';

describe('npm run new, end to end', () => {
  let dir = '';
  beforeAll(() => {
    dir = project();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('creates an entry of every collection that checks, builds and is found as a page; a draft is left out', { timeout: 180_000 }, () => {
    const created: Record<string, string> = {};
    for (const [collection, title] of [
      ['theory', '学习新修订的党章'],
      ['exemplars', '张伟'],
      ['training', '公文写作培训'],
      ['plans', '党员学习计划'],
    ] as const) {
      const result = newEntry(dir, collection, title);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const file = createdFile(result.stdout);
      expect(file).toMatch(new RegExp(`^content/${collection}/[a-z0-9-]+\\.md$`));
      const id = file.split('/').pop()!.replace(/\.md$/, '');
      expect(result.stdout).toContain(`本地预览 preview:   http://localhost:4321/${collection}/${id}/`);
      expect(result.stdout).toContain(`发布后地址 address: /${collection}/${id}/`);
      // The fields still saying 待填写 are named, so the editor knows what to write.
      expect(result.stdout).toMatch(/待填写 to fill in: {2}summary/);
      created[collection] = id;
    }
    const draft = newEntry(dir, 'theory', '还没写完的心得', '--draft');
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain('草稿 draft:');
    const draftId = createdFile(draft.stdout).split('/').pop()!.replace(/\.md$/, '');

    // The new plan's item points at the newest published theory entry: the one just created.
    expect(readFileSync(join(dir, `content/plans/${created.plans}.md`), 'utf8')).toContain(`- theory: ${created.theory}`);

    const check = run(dir, ['scripts/check-content.ts']);
    expect(check.stdout).toContain('✔ 内容检查通过 / content check passed');
    expect(check.status).toBe(0);

    const build = run(dir, ['scripts/build-pages.ts']);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const [collection, id] of Object.entries(created)) {
      expect({ page: `${collection}/${id}`, built: existsSync(join(dir, `dist/${collection}/${id}/index.html`)) }).toEqual({
        page: `${collection}/${id}`,
        built: true,
      });
    }
    expect(readFileSync(join(dir, `dist/theory/${created.theory}/index.html`), 'utf8')).toContain('学习新修订的党章');
    expect(readFileSync(join(dir, 'dist/theory/index.html'), 'utf8')).toContain(`/theory/${created.theory}/`);
    expect(existsSync(join(dir, `dist/theory/${draftId}/index.html`))).toBe(false);
    expect(readFileSync(join(dir, 'dist/theory/index.html'), 'utf8')).not.toContain(draftId);
  });

  test('refuses a second entry with the same title and leaves the first file unchanged', { timeout: 60_000 }, () => {
    const first = newEntry(dir, 'training', '保密知识讲座');
    expect(first.status).toBe(0);
    const file = createdFile(first.stdout);
    const before = readFileSync(join(dir, file), 'utf8');

    const second = newEntry(dir, 'training', '保密知识讲座');
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('没有创建条目 / the entry was not created:');
    expect(second.stderr).toContain(`已被 ${file} 使用 / already used by ${file}`);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
  });

  test('refuses an id that an existing entry sets in its front matter', { timeout: 60_000 }, () => {
    const result = newEntry(dir, 'exemplars', 'good exemplar');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('已被 content/exemplars/good-exemplar.md 使用');
  });

  test('prints the address under the base path', { timeout: 60_000 }, () => {
    const result = run(dir, ['scripts/new-entry.ts', 'theory', '基层党建调研'], { BASE_PATH: '/kb/' });
    const id = createdFile(result.stdout).split('/').pop()!.replace(/\.md$/, '');
    expect(result.stdout).toContain(`http://localhost:4321/kb/theory/${id}/`);
    expect(result.stdout).toContain(`发布后地址 address: /kb/theory/${id}/`);
  });

  test('answers a wrong command with the usage, in Chinese and English', { timeout: 60_000 }, () => {
    const unknown = newEntry(dir, 'news', '标题');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('没有这个栏目 unknown collection: "news"');
    expect(unknown.stderr).toContain('用法 usage: npm run new -- <栏目 collection> "<标题 title>" [--draft]');
    const missing = newEntry(dir, 'theory');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('缺少标题 / missing the title');
    const help = newEntry(dir, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法 usage:');
  });
});
