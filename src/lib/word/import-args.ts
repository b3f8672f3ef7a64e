import { siteConfig } from '../../site.config.ts';
import { collectionByName } from '../content/scaffold.ts';
import { PLAN_ITEM_COLLECTIONS } from '../../schemas/plans.ts';
import type { ImportCollection, ImportOptions } from './import-entry.ts';

/** What `npm run import` was asked for. */
export interface ImportArgs extends ImportOptions {
  /** Files and folders, as typed. */
  paths: string[];
}

export type ParsedImportArgs = { ok: true; args: ImportArgs } | { ok: false; help: boolean; message: string };

/** A Word document becomes something to read: an entry of a collection plans can list. */
const IMPORTABLE: readonly ImportCollection[] = PLAN_ITEM_COLLECTIONS;
const list = IMPORTABLE.map((c) => `${c}（${siteConfig.collections[c].label}）`).join('、');

/** The help text, Chinese then English. */
export const IMPORT_USAGE = [
  '用法 usage: npm run import -- <文件.docx 或文件夹 file.docx or folder> [--collection 栏目] [--draft] [--portrait]',
  `  --collection  栏目 collection: ${list}；默认 theory / default theory`,
  '  --draft       存为草稿：只在 npm run dev 中显示 / save as drafts, shown by npm run dev only',
  '  --portrait    先进典型：第一张图片作为 portrait 照片 / exemplars: the first picture becomes the portrait',
  '  例如 e.g.: npm run import -- ~/下载/韩知远同志先进事迹材料.docx --collection 先进典型 --portrait',
].join('\n');

/** Reads the paths and the options; `--collection x` and `--collection=x` both work. */
export function parseImportArgs(argv: readonly string[]): ParsedImportArgs {
  const fail = (message: string): ParsedImportArgs => ({ ok: false, help: false, message: `${message}\n\n${IMPORT_USAGE}` });
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, help: true, message: IMPORT_USAGE };
  const paths: string[] = [];
  let collectionName = 'theory';
  let draft = false;
  let portrait = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--draft') draft = true;
    else if (arg === '--portrait') portrait = true;
    else if (arg === '--collection' || arg.startsWith('--collection=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) return fail('--collection 后面缺少栏目 / --collection needs a collection');
      collectionName = value;
    } else if (arg.startsWith('-')) return fail(`不认识的选项 unknown option: ${arg}`);
    else paths.push(arg);
  }
  if (!paths.length) return fail('缺少要导入的文件或文件夹 / missing the file or folder to import');
  const collection = collectionByName(collectionName);
  if (!collection) return fail(`没有这个栏目 unknown collection: ${JSON.stringify(collectionName)}`);
  if (collection === 'plans')
    return fail('学习计划不能从 Word 导入，请用 npm run new -- plans "<标题>" / plans cannot be imported: use npm run new');
  if (portrait && collection !== 'exemplars')
    return fail('--portrait 只用于先进典型（--collection exemplars）/ --portrait is for exemplars only');
  return { ok: true, args: { paths, collection, draft, portrait } };
}
