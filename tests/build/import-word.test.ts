import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeIndexed } from '../../src/lib/search/han-text.ts';
import { parseSearchPages } from '../../src/lib/search/index-parts.ts';
import { emptyDocx, encryptedDocx, exemplarDocx, notWord, oldDoc, plainDocx, tableDocx } from '../fixtures/word/documents.ts';
import { BUILD_INPUTS } from '../build-inputs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway copy of the project holding the valid fixture's content, as an editor's checkout would. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxyd-import-'));
  for (const item of BUILD_INPUTS) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
  return dir;
}

// Vitest sets NODE_ENV=test and npm sets INIT_CWD; the tools must behave as they do for an editor.
const { NODE_ENV: _node, INIT_CWD: _init, ...baseEnv } = process.env;
function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...baseEnv, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const importWord = (dir: string, ...args: string[]) => run(dir, ['scripts/import-word.ts', ...args]);

/** Every file under content/, to show that a refused document left nothing behind. */
const contentFiles = (dir: string) => readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).sort();

describe('npm run import, end to end', () => {
  let dir = '';
  beforeAll(async () => {
    dir = project();
    mkdirSync(join(dir, 'inbox/batch'), { recursive: true });
    writeFileSync(join(dir, 'inbox/韩知远同志先进事迹材料.docx'), await exemplarDocx());
    writeFileSync(join(dir, 'inbox/batch/中心组学习纪要.docx'), await tableDocx());
    writeFileSync(join(dir, 'inbox/batch/关于开展作风建设小事谈的通知.docx'), await plainDocx());
    writeFileSync(join(dir, 'inbox/batch/旧版文件.doc'), oldDoc());
    writeFileSync(join(dir, 'inbox/batch/加密文件.docx'), encryptedDocx());
    writeFileSync(join(dir, 'inbox/batch/改了扩展名.docx'), notWord());
    writeFileSync(join(dir, 'inbox/batch/空白文档.docx'), await emptyDocx());
    // Over 20 MB: a real .docx start, then a sparse tail, so the test writes no 20 MB to disk.
    writeFileSync(join(dir, 'inbox/batch/太大的文件.docx'), await plainDocx());
    truncateSync(join(dir, 'inbox/batch/太大的文件.docx'), 21 * 1024 * 1024);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(
    'an exemplar with a portrait: fields from the text, pictures beside it, the checker’s verdict at the end',
    { timeout: 90_000 },
    () => {
      const result = importWord(dir, 'inbox/韩知远同志先进事迹材料.docx', '--collection', '先进典型', '--portrait');
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('✔ 已导入 imported: inbox/韩知远同志先进事迹材料.docx → content/exemplars/han-zhi-yuan.md');
      expect(result.stdout).toContain('发布后地址 address: /exemplars/han-zhi-yuan/');
      expect(result.stdout).toContain('图片 pictures:      content/exemplars/han-zhi-yuan.png、content/exemplars/han-zhi-yuan-1.png');
      expect(result.stdout).toContain('未找到，请填写 fill in: summary、正文图片说明 body image alt ×1');
      // The one picture without Word alt text is the one problem left, named as npm run check:content names it.
      const verdict = result.stdout.slice(result.stdout.indexOf('检查导入的条目'));
      expect(verdict).toContain('内容检查发现 1 个问题 / content check found 1 problem(s):');
      const check = run(dir, ['scripts/check-content.ts']);
      expect(check.status).toBe(1);
      expect(verdict).toContain(check.stdout.trim());

      const text = readFileSync(join(dir, 'content/exemplars/han-zhi-yuan.md'), 'utf8');
      for (const line of [
        'subject: 韩知远',
        'honour: 优秀共产党员',
        'awardedBy: 市直机关工委',
        'awardedOn: 2026-04-28',
        'unit: 市数据局数据资源处',
        'date: 2026-05-12',
      ]) {
        expect(text).toContain(`\n${line}\n`);
      }
      expect(text).toContain('  src: ./han-zhi-yuan.png');
      expect(text).toContain('  alt: 韩知远在机房检查数据备份设备');
      expect(text).toContain('## 一、扎根一线，守好数据安全底线');
      expect(text).toContain('![待填写：图片说明，写清图片里是谁、在做什么](./han-zhi-yuan-1.png)');
      expect(text).not.toContain('市数据局机关党委文件');
      // The labelled lines are in the front matter and the page's card now, not repeated in the body.
      expect(text).not.toContain('姓名：韩知远');
      expect(existsSync(join(dir, 'content/exemplars/han-zhi-yuan-1.png'))).toBe(true);
    },
  );

  test('a folder: imports the good documents, refuses each bad one with the reason, leaves nothing of them', { timeout: 90_000 }, () => {
    const before = contentFiles(dir);
    const result = importWord(dir, 'inbox/batch', '--collection', 'theory');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('→ content/theory/2026-06-shi-shu-ju-ju-dang-zu.md');
    expect(result.stdout).toMatch(/→ content\/theory\/\d{4}-\d{2}-guan-yu-kai-zhan-zuo-feng\.md/);
    expect(result.stdout).toContain('未找到，请填写 fill in: title、format、date、summary、topics');
    expect(result.stderr).toContain('✖ inbox/batch/旧版文件.doc');
    expect(result.stderr).toContain('旧版 Word 文件（.doc）/ an old Word file (.doc)');
    expect(result.stderr).toContain('✖ inbox/batch/加密文件.docx');
    expect(result.stderr).toContain('设有打开密码的加密文档');
    expect(result.stderr).toContain('✖ inbox/batch/改了扩展名.docx');
    expect(result.stderr).toContain('不是 Word 文档 / not a Word document');
    expect(result.stderr).toContain('✖ inbox/batch/空白文档.docx');
    expect(result.stderr).toContain('文档里没有文字');
    expect(result.stderr).toContain('✖ inbox/batch/太大的文件.docx');
    expect(result.stderr).toContain('文件有 21.0 MB / the file is 21.0 MB');
    const added = contentFiles(dir).filter((f) => !before.includes(f));
    expect(added).toHaveLength(2);
    expect(added.every((f) => /^theory\/\d{4}-\d{2}-[a-z0-9-]+\.md$/.test(f))).toBe(true);
    expect(result.stdout).toContain('✔ 内容检查通过 / content check passed');
  });

  test('never overwrites: importing the same document again is refused and changes nothing', { timeout: 90_000 }, () => {
    const before = readFileSync(join(dir, 'content/exemplars/han-zhi-yuan.md'), 'utf8');
    const files = contentFiles(dir);
    const again = importWord(dir, 'inbox/韩知远同志先进事迹材料.docx', '--collection', 'exemplars');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('没有导入 inbox/韩知远同志先进事迹材料.docx / not imported:');
    expect(again.stderr).toContain('已被 content/exemplars/han-zhi-yuan.md 使用');
    expect(readFileSync(join(dir, 'content/exemplars/han-zhi-yuan.md'), 'utf8')).toBe(before);
    expect(contentFiles(dir)).toEqual(files);
  });

  test(
    'once the reported fields are filled in, the entries pass the checker, build, and are in the search index',
    { timeout: 240_000 },
    () => {
      const file = join(dir, 'content/exemplars/han-zhi-yuan.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/待填写：图片说明[^\]]*/, '韩知远在服务窗口'));
      const check = run(dir, ['scripts/check-content.ts']);
      expect(check.stdout).toContain('✔ 内容检查通过 / content check passed');

      const pages = run(dir, ['scripts/build-pages.ts']);
      expect(pages.status, `${pages.stdout}\n${pages.stderr}`).toBe(0);
      const post = run(dir, ['scripts/postbuild.ts']);
      expect(post.status, `${post.stdout}\n${post.stderr}`).toBe(0);
      const html = readFileSync(join(dir, 'dist/exemplars/han-zhi-yuan/index.html'), 'utf8');
      expect(html).toContain('韩知远同志先进事迹材料');
      expect(html).toMatch(/<h2[^>]*>一、扎根一线，守好数据安全底线<\/h2>/);
      // The Word footnote is a Markdown footnote, its section labelled in Chinese and kept out of the table of contents.
      expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">注释<\/h2>/);
      expect(html).toContain('aria-label="返回正文"');
      expect(html).not.toContain('Footnotes');
      expect(readFileSync(join(dir, 'dist/theory/2026-06-shi-shu-ju-ju-dang-zu/index.html'), 'utf8')).toMatch(/<th[^>]*>发言人<\/th>/);

      const index = join(dir, 'dist/pagefind');
      const records = [...parseSearchPages(JSON.parse(readFileSync(join(index, 'pages.json'), 'utf8'))).entries()];
      const [id] = records.find(([, page]) => page.url === '/exemplars/han-zhi-yuan/') ?? [];
      expect(id).toBeTruthy();
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(index, 'fragment', `${id}.pf_fragment`)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      );
      expect(decodeIndexed(fragment.content)).toContain('他推动十二项证明材料网上核验');
    },
  );
});
