/**
 * npm run import -- <file.docx|folder> [--collection theory|exemplars|training] [--draft] [--portrait]
 * — turns Word documents into entries: front matter through the same scaffold as `npm run new`,
 * the body as Markdown, pictures beside the entry. Never overwrites a file; a refused document
 * leaves nothing behind; a folder goes on past a bad file. Ends with the checker's verdict on
 * what it wrote, in the words of `npm run check:content`.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../build/project/content-files.ts';
import { formatProblem, formatReport, type ContentProblem } from '../src/lib/content/problem.ts';
import { placeholderFields } from '../src/lib/content/scaffold.ts';
import { docxToMarkdown } from '../src/lib/word/docx-to-markdown.ts';
import { IMPORT_USAGE, parseImportArgs, type ImportArgs } from '../src/lib/word/import-args.ts';
import { IMAGE_ALT_TODO, entryFacts, placeImages, withoutRepeatedFacts } from '../src/lib/word/import-entry.ts';
import { MAX_BYTES, REFUSALS, sniffWordFile, type Refusal } from '../src/lib/word/refusal.ts';
import { type Context, NewEntryError, idStep, indexStep, printStep, renderStep } from './new-entry.ts';

/** `--help` or a wrong command. */
export class ImportUsageError extends NewEntryError {}

/** A document that was not imported, and why. */
class Refused extends Error {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super(refusal.found);
    this.refusal = refusal;
  }
}

export function parseStep(ctx: Pick<Context, 'argv'>): ImportArgs {
  const parsed = parseImportArgs(ctx.argv);
  if (!parsed.ok) throw new ImportUsageError(parsed.message, parsed.help ? 0 : 1);
  return parsed.args;
}

/** The Word files named: a file as given, a folder's .docx and .doc files (Word's `~$` lock files skipped). */
export function sourcesStep(ctx: Pick<Context, 'root'>, args: Pick<ImportArgs, 'paths'>): string[] {
  return args.paths.flatMap((path) => {
    const full = resolve(ctx.root, path);
    if (!existsSync(full) || !statSync(full).isDirectory()) return [full];
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.docx?$/i.test(name) && !basename(name).startsWith('~$') && !basename(name).startsWith('.'))
      .sort((a, b) => a.localeCompare(b, 'zh'))
      .map((name) => join(full, name));
  });
}

/** Reads a file and refuses what is not a readable Word document with text. */
export async function readStep(source: string) {
  if (!existsSync(source)) {
    throw new Refused({
      found: '找不到这个文件 / no such file',
      expected: 'Word 文档（.docx）的路径 / the path of a .docx file',
      fix: '检查路径和文件名；含空格的路径要加引号 / check the path; quote a path with spaces',
    });
  }
  const size = statSync(source).size;
  if (size > MAX_BYTES) throw new Refused(REFUSALS.tooBig(size));
  const bytes = readFileSync(source);
  const refusal = sniffWordFile(bytes);
  if (refusal) throw new Refused(refusal);
  let doc;
  try {
    doc = await docxToMarkdown(bytes);
  } catch {
    throw new Refused(REFUSALS.notWord());
  }
  if (!doc.paragraphs.join('').trim()) throw new Refused(REFUSALS.noText());
  return doc;
}

/** Writes the entry and its pictures, all or nothing: nothing is replaced, and a failure removes what was written. */
export function writeAllStep(root: string, files: readonly { path: string; data: string | Buffer }[]): void {
  const taken = files.find((f) => existsSync(join(root, f.path)));
  if (taken) throw new NewEntryError(`${taken.path} 已存在，没有改动 / ${taken.path} already exists and was left unchanged`);
  const written: string[] = [];
  try {
    for (const f of files) {
      const full = join(root, f.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, f.data, { flag: 'wx' });
      written.push(full);
    }
  } catch (error) {
    for (const full of written) rmSync(full, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new NewEntryError('文件在导入时被占用，没有改动 / a file appeared meanwhile; nothing was written');
    throw error;
  }
}

/** Turns one document into an entry; returns what to print about it. */
async function importOne(ctx: Context, args: ImportArgs, source: string, index: ReturnType<typeof indexStep>) {
  const doc = await readStep(source);
  const facts = entryFacts(doc, basename(source), args.collection);
  const day = facts.date
    ? new Date(Number(facts.date.slice(0, 4)), Number(facts.date.slice(5, 7)) - 1, Number(facts.date.slice(8, 10)))
    : ctx.today;
  const entryArgs = { collection: args.collection, title: facts.title, draft: args.draft };
  // Exemplars are named after their subject, as the sample entries are (`npm run new -- exemplars 张伟`).
  const { id, file } = idStep({ today: day }, { ...entryArgs, title: facts.found.subject ?? facts.title }, index.taken);
  const markdown = args.collection === 'exemplars' ? withoutRepeatedFacts(doc.markdown, facts.found) : doc.markdown;
  const images = placeImages(markdown, doc.images, id, args.portrait);
  const found = { ...facts.found, ...images.portrait };
  const text = renderStep({ root: ctx.root, today: day }, entryArgs, id, index.entries, { found, body: images.body });
  const folder = dirname(file);
  writeAllStep(ctx.root, [{ path: file, data: text }, ...images.files.map((f) => ({ path: `${folder}/${f.name}`, data: f.data }))]);
  index.taken.set(id, file);
  const altsToFill = images.body.split(IMAGE_ALT_TODO).length - 1;
  const toFill = [
    ...facts.notFound,
    ...placeholderFields({ ...entryArgs, id, today: day, found }),
    ...(altsToFill ? [`正文图片说明 body image alt ×${altsToFill}`] : []),
  ];
  const lines = [
    printStep(ctx, entryArgs, id, file).replace('已创建 created:', `已导入 imported: ${relative(ctx.root, source) || source} →`),
  ];
  if (images.files.length) lines.push(`  图片 pictures:      ${images.files.map((f) => `${folder}/${f.name}`).join('、')}`);
  if (images.skipped.length) {
    lines.push(
      `  略去的图片 left out: ${images.skipped.join('、')}（网站不能显示这种格式，请另存为 PNG 或 JPG 放在文章旁边 / a format the site cannot show: save as PNG or JPG beside the entry）`,
    );
  }
  if (args.portrait && !images.portrait['portrait.src'])
    lines.push('  照片 portrait:      文档里没有可用的图片 / the document has no picture to use');
  lines.push(`  未找到，请填写 fill in: ${toFill.length ? toFill.join('、') : '（无 none）'}`);
  return { file, images: images.files.map((f) => `${folder}/${f.name}`), message: lines.join('\n') };
}

/** Runs every step over every document; returns what to print and whether all were imported. */
export async function importWord(ctx: Context): Promise<{ out: string; err: string; files: string[]; refused: number }> {
  const args = parseStep(ctx);
  const index = indexStep(ctx, args);
  const out: string[] = [];
  const err: string[] = [];
  const files: string[] = [];
  for (const source of sourcesStep(ctx, args)) {
    const shown = relative(ctx.root, source).split(sep).join('/') || source;
    try {
      const result = await importOne(ctx, args, source, index);
      out.push(result.message);
      files.push(result.file, ...result.images);
    } catch (error) {
      const problem: ContentProblem | undefined =
        error instanceof Refused ? { file: shown, field: '(文件 file)', ...error.refusal } : undefined;
      if (problem) err.push(`没有导入 / not imported:\n${formatProblem(problem)}`);
      else if (error instanceof NewEntryError) err.push(`没有导入 ${shown} / not imported:\n${error.message}`);
      else throw error;
    }
  }
  if (!files.length && !err.length) err.push(`没有找到 .docx 文件 / no .docx files found\n\n${IMPORT_USAGE}`);
  if (files.length) {
    const mine = new Set(files);
    const problems = checkProject(ctx.root, true).problems.filter((p) => mine.has(p.file));
    out.push(`\n检查导入的条目 / checking the imported entries (npm run check:content):\n${formatReport(problems)}`);
  }
  return { out: out.join('\n\n'), err: err.join('\n\n'), files, refused: err.length };
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // npm runs scripts from the project root; paths the editor typed are relative to where they typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  try {
    const argv = process.argv.slice(2).map((a) => (a.startsWith('-') || !existsSync(resolve(cwd, a)) ? a : resolve(cwd, a)));
    const result = await importWord({ root, argv, env: process.env, today: new Date() });
    if (result.out) console.log(result.out);
    if (result.err) console.error(result.err);
    process.exitCode = result.refused ? 1 : 0;
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    (error.exitCode === 0 ? console.log : console.error)(error.message);
    process.exitCode = error.exitCode;
  }
}
