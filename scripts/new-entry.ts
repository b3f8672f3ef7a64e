/**
 * npm run new -- <collection> "<标题>" [--draft] — creates an entry that validates and builds as it
 * is, prints its path and its address. Each step is a small exported function over the part of the
 * context it needs; `newEntry` runs them in order. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../build/project/content-files.ts';
import { collectionFieldDocs } from '../build/project/schema-docs.ts';
import { basePathFromEnv } from '../src/lib/base-path.ts';
import { checkContent } from '../src/lib/content/validate.ts';
import { fileStem } from '../src/lib/content/entry-id.ts';
import { CONTENT_BASES } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import {
  type KnownEntry,
  type NewEntryArgs,
  entryUrls,
  idClash,
  newEntryId,
  newestPlanTarget,
  parseNewEntryArgs,
  placeholderFields,
  renderEntry,
} from '../src/lib/content/scaffold.ts';

export interface Context {
  /** Project root: content/ and src/schemas/ are read from here. */
  root: string;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  today: Date;
}

/** A refusal the editor can act on; printed without a stack trace. */
export class NewEntryError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

export function parseStep(ctx: Pick<Context, 'argv'>): NewEntryArgs {
  const parsed = parseNewEntryArgs(ctx.argv);
  if (!parsed.ok) throw new NewEntryError(parsed.message, parsed.help ? 0 : 1);
  return parsed.args;
}

/** The entries already there (drafts included), and which file holds each id of the collection. */
export function indexStep(ctx: Pick<Context, 'root'>, args: Pick<NewEntryArgs, 'collection'>) {
  const files = readContentFiles(ctx.root);
  const { entries } = checkContent(files, { production: false, fileExists: (p) => existsSync(join(ctx.root, p)) });
  const taken = new Map<string, string>();
  // File names count too: a file whose front matter is broken has no indexed id but still owns its name.
  for (const f of files) if (f.path.startsWith(`${CONTENT_BASES[args.collection]}/`)) taken.set(fileStem(f.path), f.path);
  for (const e of entries) if (e.collection === args.collection) taken.set(e.id, e.file);
  return { entries: entries as KnownEntry[], taken };
}

export function idStep(ctx: Pick<Context, 'today'>, args: NewEntryArgs, taken: ReadonlyMap<string, string>) {
  const id = newEntryId(args.collection, args.title, ctx.today);
  const clash = idClash(args.collection, id, taken);
  if (clash) throw new NewEntryError(`没有创建条目 / the entry was not created:\n\n${formatProblem(clash)}`);
  return { id, file: `${CONTENT_BASES[args.collection]}/${id}.md` };
}

/** `imported`: what `npm run import` read from a Word document (found field values and the body). */
export function renderStep(
  ctx: Pick<Context, 'root' | 'today'>,
  args: NewEntryArgs,
  id: string,
  entries: readonly KnownEntry[],
  imported?: { found: Readonly<Record<string, string>>; body: string },
): string {
  const planTarget = args.collection === 'plans' ? newestPlanTarget(entries) : undefined;
  if (args.collection === 'plans' && !planTarget) {
    throw new NewEntryError(
      '学习计划至少要有一项，请先新建一篇理论学习、业务培训或先进典型 / a plan needs at least one item: create a theory, training or exemplar entry first',
    );
  }
  const docs = new Map(collectionFieldDocs(ctx.root)[args.collection].map((f) => [f.name, f.description]));
  return renderEntry({ ...args, id, today: ctx.today, docs, planTarget, ...imported });
}

/** Writes the file; the `wx` flag refuses to replace one that appeared meanwhile. */
export function writeStep(ctx: Pick<Context, 'root'>, file: string, text: string): void {
  const full = join(ctx.root, file);
  mkdirSync(dirname(full), { recursive: true });
  try {
    writeFileSync(full, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new NewEntryError(`${file} 已存在，没有改动 / ${file} already exists and was left unchanged`);
  }
}

/** `toFill`: the fields still saying 待填写 (placeholderFields), listed for the editor. */
export function printStep(ctx: Pick<Context, 'env'>, args: NewEntryArgs, id: string, file: string, toFill: readonly string[] = []): string {
  const urls = entryUrls(basePathFromEnv(ctx.env.BASE_PATH), args.collection, id);
  return [
    `✔ 已创建 created: ${file}`,
    `  本地预览 preview:   ${urls.dev}  （先运行 npm run dev / run npm run dev first）`,
    args.draft
      ? '  草稿 draft:         只在 npm run dev 中显示；发布时把 draft: true 改为 false / shown by npm run dev only; set draft: false to publish'
      : `  发布后地址 address: ${urls.path}`,
    ...(toFill.length ? [`  待填写 to fill in:  ${toFill.join('、')}`] : []),
    '  下一步 next:        用文本编辑器打开文件，把“待填写”换成实际内容，再运行 npm run check:content',
    '                      open the file, replace 待填写 with the real text, then run npm run check:content',
  ].join('\n');
}

/** Runs every step; returns what to print, or throws a NewEntryError. */
export function newEntry(ctx: Context): { file: string; id: string; message: string } {
  const args = parseStep(ctx);
  const { entries, taken } = indexStep(ctx, args);
  const { id, file } = idStep(ctx, args, taken);
  const text = renderStep(ctx, args, id, entries);
  writeStep(ctx, file, text);
  const planTarget = args.collection === 'plans' ? newestPlanTarget(entries) : undefined;
  return { file, id, message: printStep(ctx, args, id, file, placeholderFields({ ...args, id, today: ctx.today, planTarget })) };
}

if (import.meta.main) {
  try {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const { message } = newEntry({ root, argv: process.argv.slice(2), env: process.env, today: new Date() });
    console.log(message);
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    (error.exitCode === 0 ? console.log : console.error)(error.message);
    process.exitCode = error.exitCode;
  }
}
