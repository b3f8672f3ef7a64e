/**
 * npm run guide — regenerates the parts of content/README.md that must not drift: the field table
 * of each collection (from the JSDoc in src/schemas/) and the 常见错误 examples (the checker's exact
 * messages for the malformed fixtures). `--check` only reports whether the file is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../build/project/content-files.ts';
import { collectionFieldDocs } from '../build/project/schema-docs.ts';
import { MISTAKES, fieldTable, mistakeExamples, replaceBlock } from '../src/lib/content/guide.ts';
import { collectionNames } from '../src/site.config.ts';

export const GUIDE = 'content/README.md';

/** The guide as it should be: `current` with every generated block rewritten. */
export function buildGuide(root: string, current: string): string {
  const docs = collectionFieldDocs(root);
  let text = current;
  for (const c of collectionNames) text = replaceBlock(text, `fields:${c}`, fieldTable(docs[c]));
  const mistakes = MISTAKES.map(({ fixture, title }) => ({
    title,
    problems: checkProject(join(root, 'tests/fixtures/content', fixture), true).problems,
  }));
  return replaceBlock(text, 'mistakes', mistakeExamples(mistakes));
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const path = join(root, GUIDE);
  const current = readFileSync(path, 'utf8');
  const next = buildGuide(root, current);
  if (process.argv.includes('--check')) {
    console.log(
      next === current ? `✔ ${GUIDE} 是最新的 / is up to date` : `✖ ${GUIDE} 已过期，请运行 npm run guide / is stale: run npm run guide`,
    );
    process.exitCode = next === current ? 0 : 1;
  } else if (next === current) {
    console.log(`✔ ${GUIDE} 已是最新 / already up to date`);
  } else {
    writeFileSync(path, next);
    console.log(`✔ 已更新 updated ${GUIDE}`);
  }
}
