import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_BASES } from '../lib/content/paths.ts';
import { checkContent, type SourceFile } from '../lib/content/validate.ts';

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

/** Runs the content checker over the project at `root`. */
export function checkProject(root: string, production: boolean) {
  return checkContent(readContentFiles(root), {
    production,
    fileExists: (path) => existsSync(join(root, path)),
  });
}
