import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_BASES } from '../../src/lib/content/paths.ts';
import { checkContent, type SourceFile } from '../../src/lib/content/validate.ts';
import { isRunnableAttachment } from '../../src/lib/content/attachments.ts';
import type { ContentProblem } from '../../src/lib/content/problem.ts';
import { siteConfig } from '../../src/site.config.ts';

/** Reads every entry file of the four collections, paths relative to `root`. */
export function readContentFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const base of Object.values(CONTENT_BASES)) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const leaf = name.split(sep).pop() ?? name;
      if (!/\.mdx?$/i.test(leaf) || leaf.startsWith('_')) continue;
      const full = join(dir, name);
      files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Files under public/attachments/ a browser would run (scripts, pages), each a problem. */
function runnableAttachments(root: string): ContentProblem[] {
  const dir = join(root, 'public/attachments');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => isRunnableAttachment(name))
    .map((name) => ({
      file: `public/attachments/${name.split(sep).join('/')}`,
      field: '(附件 attachment)',
      found: name.split(sep).pop() ?? name,
      expected: '文档、表格、演示文稿、图片、PDF 或压缩包 / a document, sheet, slides, image, PDF or archive',
      fix: '删除此文件：网页和脚本不能放在附件目录（浏览器会运行它们）；请导出为 PDF 或打包成 .zip / remove it: browsers would run it; export to PDF or zip it',
    }));
}

/** Runs the content checker over the project at `root`. */
export function checkProject(root: string, production: boolean) {
  const result = checkContent(readContentFiles(root), {
    production,
    fileExists: (path) => existsSync(join(root, path)),
    trustMdx: siteConfig.mdx === 'trusted',
  });
  return { ...result, problems: [...result.problems, ...runnableAttachments(root)] };
}
