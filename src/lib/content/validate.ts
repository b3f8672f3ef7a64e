import { z } from 'astro/zod';
import { entryKey } from '../../schemas/entry-key.ts';
import { theorySchema } from '../../schemas/theory.ts';
import { exemplarSchema } from '../../schemas/exemplars.ts';
import { trainingSchema } from '../../schemas/training.ts';
import { PLAN_ITEM_COLLECTIONS, planSchema } from '../../schemas/plans.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { issuesToProblems } from './schema-problems.ts';
import { type CollectionName } from '../../site.config.ts';
import { CONTENT_BASES } from './paths.ts';
import { entryId, fileStem } from './entry-id.ts';
import { lineOfField, lineOfPath, normaliseText, parseFrontMatter } from './front-matter.ts';
import { type ContentProblem, fieldLabel } from './problem.ts';
import { unknownFields } from './unknown-fields.ts';
import { STATIC_ROUTES, classifyLink } from './links.ts';
import { bodyReferences } from './body-references.ts';
import { tagSlug } from './tags.ts';
import { idProblem } from './messages.ts';
import { checkBodySafety } from './body-safety.ts';
import { isRunnableAttachment } from './attachments.ts';
import { RESERVED_IDS } from './list-routes.ts';
import { PLACEHOLDER } from './placeholder.ts';
import { checkBody } from './body-checks.ts';
import { checkMdx } from './mdx-check.ts';

export interface SourceFile {
  /** Path from the project root with forward slashes, e.g. `content/theory/a.md`. */
  path: string;
  text: string;
}

export interface IndexedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  draft: boolean;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lines: string[];
}

export interface CheckOptions {
  /** Whether drafts are left out (production build) — plans may not point at them then. */
  production: boolean;
  /** Whether a project-relative path exists (images, attachments). */
  fileExists: (path: string) => boolean;
  /** Whether MDX authors are trusted with full MDX (`siteConfig.mdx === 'trusted'`); default no. */
  trustMdx?: boolean;
}

const checkerSchemas = {
  theory: theorySchema,
  exemplars: exemplarSchema(() => z.string().min(1)),
  training: trainingSchema,
  plans: planSchema(() => z.string().regex(ID_PATTERN, { message: 'id:pattern' })),
} satisfies Record<CollectionName, z.ZodType>;

const IMAGE_EXT = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/** The collection a content path belongs to, or undefined for files outside the four folders. */
export function collectionOf(path: string): CollectionName | undefined {
  return (Object.keys(CONTENT_BASES) as CollectionName[]).find((c) => path.startsWith(`${CONTENT_BASES[c]}/`));
}

function dirOf(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

/** Parses, validates and indexes every entry; returns all problems at once. */
export function checkContent(files: SourceFile[], options: CheckOptions) {
  const problems: ContentProblem[] = [];
  const entries: IndexedEntry[] = [];

  for (const file of files) {
    const collection = collectionOf(file.path);
    if (!collection) continue;
    const parsed = parseFrontMatter(file.text);
    if (!parsed.ok) {
      problems.push({ file: file.path, line: parsed.line, field: '(文件 file)', found: parsed.found, expected: parsed.expected, fix: parsed.fix });
      continue;
    }
    const idResult = entryId(file.path, parsed.data);
    if (!idResult.ok) problems.push(idProblem(file.path, idResult, lineOfField(parsed.lines, 'id')));
    else if (RESERVED_IDS.includes(idResult.id)) {
      const line = lineOfField(parsed.lines, 'id');
      const better = `${idResult.id}-2026`;
      problems.push({
        file: file.path,
        line,
        field: line ? 'id' : 'id（文件名 file name）',
        found: JSON.stringify(idResult.id),
        expected: `不能是 ${RESERVED_IDS.join('、')}（列表页已占用）/ not one of ${RESERVED_IDS.join(', ')} (used by list pages)`,
        fix: line
          ? `换一个更具体的 id，例如 ${better} / choose a more specific id, e.g. ${better}`
          : `把文件改名为例如 ${better}.md，或在 front matter 中加一行 id: ${better} / rename the file, e.g. ${better}.md, or add "id: ${better}"`,
      });
    }
    if (/\.mdx$/i.test(file.path)) problems.push(...checkMdx(file.path, normaliseText(file.text)));
    const unknown = unknownFields(checkerSchemas[collection], parsed.data);
    problems.push(...unknown.map((u) => unknownFieldProblem(file.path, collection, u, parsed.lines)));
    const result = checkerSchemas[collection].safeParse(parsed.data);
    if (!result.success) {
      // A misspelt key already explains the field it meant being missing, and a plan item
      // with a misspelt collection key already explains why it names no target.
      const explained = new Set(unknown.flatMap((u) => [fieldLabel(u.parent), ...(u.suggestion ? [fieldLabel([...u.parent, u.suggestion])] : [])]));
      const issues = result.error.issues.filter((issue) => {
        const label = fieldLabel(issue.path.filter((k): k is string | number => typeof k !== 'symbol'));
        if (issue.code === 'custom' && issue.message === 'item:one-target') return !explained.has(label);
        return !(explained.has(label) && valueAtPath(parsed.data, issue.path) === undefined);
      });
      problems.push(...issuesToProblems(issues, parsed.data, file.path, parsed.lines).filter((p) => p.field !== 'id' || idResult.ok));
    }
    if (collection === 'exemplars') problems.push(...checkPortrait(file.path, parsed.data, parsed.lines, options));
    if (collection === 'training') problems.push(...checkAttachments(file.path, parsed.data, parsed.lines, options));
    problems.push(...checkBodySafety(file.path, parsed.body, parsed.bodyLine, options.trustMdx === true));
    if (idResult.ok) {
      entries.push({
        collection,
        id: idResult.id,
        file: file.path,
        draft: parsed.data.draft === true,
        data: parsed.data,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        lines: parsed.lines,
      });
    }
  }

  problems.push(...checkDuplicateIds(entries));
  const published = entries.filter((e) => !options.production || !e.draft);
  problems.push(...checkPlanReferences(published, entries));
  problems.push(...checkLinks(published, entries, options));
  for (const entry of published) problems.push(...checkBody(entry));
  return { problems, entries: published };
}

function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((cur, key) => (cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A key the collection does not have: an error, with the known key it most likely means. */
function unknownFieldProblem(file: string, collection: CollectionName, u: ReturnType<typeof unknownFields>[number], lines: string[]): ContentProblem {
  const where = u.parent.length ? `${fieldLabel(u.parent)}中` : `${collection} 中`;
  return {
    file,
    line: lineOfPath(lines, [...u.parent, u.key]),
    field: fieldLabel([...u.parent, u.key]),
    found: `未知字段 ${u.key} / unknown field ${u.key}`,
    expected: `${where}可用的字段：${u.known.join('、')} / known fields: ${u.known.join(', ')}`,
    fix: u.suggestion
      ? `是否想写 ${u.suggestion}？把 ${u.key} 改为 ${u.suggestion} / did you mean ${u.suggestion}? rename ${u.key} to ${u.suggestion}`
      : `删掉这一行，或改为上面的字段之一；网站确需新字段时先在 src/schemas/ 中声明 / delete the line or use a known field; a site that needs a new field declares it in src/schemas/`,
  };
}

function checkPortrait(file: string, data: Record<string, unknown>, lines: string[], options: CheckOptions): ContentProblem[] {
  const portrait = data.portrait as { src?: unknown; alt?: unknown } | undefined;
  if (!portrait || typeof portrait !== 'object' || typeof portrait.src !== 'string') return [];
  const line = lineOfPath(lines, ['portrait', 'src']);
  const src = portrait.src;
  const placeholderAlt: ContentProblem[] =
    typeof portrait.alt === 'string' && portrait.alt.trim().startsWith(PLACEHOLDER)
      ? [{
          file, line: altLine(lines, line), field: 'portrait.alt', found: JSON.stringify(portrait.alt),
          expected: `写好的照片说明，不是“${PLACEHOLDER}” / a written description, not the placeholder`,
          fix: '写清照片里是谁、在做什么 / say who is in the photo and what they are doing',
        }]
      : [];
  if (!IMAGE_EXT.test(src)) {
    return [...placeholderAlt, { file, line, field: 'portrait.src', found: JSON.stringify(src), expected: '图片文件 .png .jpg .webp .avif / an image file', fix: '换成图片文件 / use an image file' }];
  }
  const resolved = src.startsWith('/') ? `public${src}` : `${dirOf(file)}/${src.replace(/^\.\//, '')}`;
  if (!options.fileExists(resolved)) {
    return [...placeholderAlt, {
      file, line, field: 'portrait.src', found: JSON.stringify(src),
      expected: `存在的图片文件 ${resolved} / an existing image file`,
      fix: '把图片放在文章旁边并检查文件名（区分大小写）/ put the image beside the entry and check the name (case matters)',
    }];
  }
  return placeholderAlt;
}

/** The line of `alt:` under `portrait:`, or the portrait's own line. */
function altLine(lines: string[], portraitLine: number | undefined): number | undefined {
  if (!portraitLine) return undefined;
  const at = lines.findIndex((l, i) => i >= portraitLine && /^\s+alt\s*:/.test(l));
  return at === -1 ? portraitLine : at + 1;
}

function checkAttachments(file: string, data: Record<string, unknown>, lines: string[], options: CheckOptions): ContentProblem[] {
  if (!Array.isArray(data.attachments)) return [];
  return data.attachments.flatMap((a: unknown, i: number) => {
    const path = (a as { file?: unknown } | null)?.file;
    if (typeof path !== 'string' || !path.startsWith('/attachments/')) return [];
    if (isRunnableAttachment(path)) {
      return [{
        file, line: lineOfField(lines, 'attachments'), field: `attachments[${i}].file`, found: JSON.stringify(path),
        expected: '文档、表格、演示文稿、图片、PDF 或压缩包 / a document, sheet, slides, image, PDF or archive',
        fix: '网页和脚本不能作为附件（浏览器会运行它们）；请导出为 PDF 或打包成 .zip / pages and scripts cannot be attachments (browsers run them): export to PDF or zip them',
      }];
    }
    if (options.fileExists(`public${path}`)) return [];
    return [{
      file, line: lineOfPath(lines, ['attachments', i, 'file']), field: fieldLabel(['attachments', i, 'file']), found: JSON.stringify(path),
      expected: `存在的文件 public${path} / an existing file`,
      fix: '把附件放进 public/attachments/ 并检查文件名 / put the file in public/attachments/ and check its name',
    }];
  });
}

function checkDuplicateIds(entries: IndexedEntry[]): ContentProblem[] {
  const seen = new Map<string, IndexedEntry>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const key = entryKey(e.collection, e.id);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    problems.push({
      file: e.file,
      line: lineOfField(e.lines, 'id'),
      field: 'id',
      found: `"${e.id}"（与 ${first.file} 重复 / same as ${first.file}）`,
      expected: '栏目内唯一的标识 / an id unique within the collection',
      fix: `给其中一篇改用不同的 id，例如 ${e.id}-2 / give one of them another id, e.g. ${e.id}-2`,
    });
  }
  return problems;
}

function checkPlanReferences(published: IndexedEntry[], all: IndexedEntry[]): ContentProblem[] {
  const ids = new Set(published.map((e) => entryKey(e.collection, e.id)));
  const drafts = new Set(all.filter((e) => e.draft).map((e) => entryKey(e.collection, e.id)));
  const problems: ContentProblem[] = [];
  for (const plan of published.filter((e) => e.collection === 'plans')) {
    const items = Array.isArray(plan.data.items) ? plan.data.items : [];
    items.forEach((item: unknown, i: number) => {
      if (!item || typeof item !== 'object') return;
      for (const c of PLAN_ITEM_COLLECTIONS) {
        const target = (item as Record<string, unknown>)[c];
        if (typeof target !== 'string' || ids.has(`${c}/${target}`)) continue;
        const isDraft = drafts.has(`${c}/${target}`);
        problems.push({
          file: plan.file,
          line: lineOfPath(plan.lines, ['items', i, c]) ?? findLine(plan.lines, new RegExp(`${c}\\s*:\\s*['"]?${escapeRe(target)}`)),
          field: fieldLabel(['items', i, c]),
          found: JSON.stringify(target),
          expected: isDraft
            ? `已发布的条目（${c}/${target} 是草稿）/ a published entry (${c}/${target} is a draft)`
            : `content/${c}/ 中存在的条目标识 / the id of an entry in content/${c}/`,
          fix: isDraft
            ? '先发布该条目（去掉 draft: true），或从计划中移除 / publish that entry or remove it from the plan'
            : `检查拼写，条目标识即文件名（不含 .md）/ check the spelling: the id is the file name without .md`,
        });
      }
    });
  }
  return problems;
}

/** Every route the published content produces, for link checks. */
export function routesOf(entries: IndexedEntry[]): Set<string> {
  const routes = new Set(STATIC_ROUTES);
  for (const e of entries) {
    routes.add(`/${e.collection}/${e.id}/`);
    const tags = e.data.tags;
    for (const tag of Array.isArray(tags) ? tags : typeof tags === 'string' ? [tags] : []) {
      routes.add(`/tags/${tagSlug(String(tag))}/`);
    }
  }
  return routes;
}

function checkLinks(published: IndexedEntry[], all: IndexedEntry[], options: CheckOptions): ContentProblem[] {
  const routes = routesOf(published);
  const fileToRoute = new Map(all.map((e) => [e.file, `/${e.collection}/${e.id}/`]));
  const problems: ContentProblem[] = [];
  for (const entry of published) {
    for (const ref of bodyReferences(entry.file, entry.body)) {
      const line = entry.bodyLine + ref.line - 1;
      if (ref.kind === 'image') {
        problems.push(...checkImage(entry.file, line, ref.alt, ref.href, options));
        continue;
      }
      const href = ref.href;
      const target = classifyLink(href, entry.file);
      if (target.kind === 'external') continue;
      if (target.kind === 'file') {
        if (fileToRoute.has(target.file) && routes.has(fileToRoute.get(target.file)!)) continue;
      } else if (routes.has(target.path) || (/\.[a-z0-9]+$/i.test(target.path) && options.fileExists(`public${decodeURI(target.path)}`))) {
        continue;
      }
      if (looksLikeHost(href)) {
        problems.push({
          file: entry.file,
          line,
          field: '正文链接 body link',
          found: JSON.stringify(href),
          expected: '外部网址以 https:// 开头 / an outside address starts with https://',
          fix: `补上 https://，写作 https://${href} / add the scheme: https://${href}`,
        });
        continue;
      }
      problems.push({
        file: entry.file,
        line,
        field: '正文链接 body link',
        found: JSON.stringify(href),
        expected: '站内存在的页面，例如 /theory/条目标识/ / an existing page of the site, e.g. /theory/<id>/',
        fix: '检查链接中的栏目和条目标识；链接到文件可写 ./文件名.md / check the collection and id in the link; to link a file write ./<name>.md',
      });
    }
  }
  return problems;
}

/**
 * An image in the body: beside the entry (`./photo.jpg`, optimised by Astro) or under public/
 * (`/images/a.png`). It must exist and have alt text, as a portrait must.
 */
function checkImage(file: string, line: number, alt: string, src: string, options: CheckOptions): ContentProblem[] {
  if (classifyLink(src, file).kind === 'external') return [];
  const problems: ContentProblem[] = [];
  const path = decodeURI(src.replace(/[?#].*$/, ''));
  const resolved = path.startsWith('/') ? `public${path}` : `${dirOf(file)}/${path}`.split('/').reduce<string[]>((parts, part) => {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
    return parts;
  }, []).join('/');
  if (!options.fileExists(resolved)) {
    problems.push({
      file, line, field: '正文图片 body image', found: JSON.stringify(src),
      expected: `存在的图片文件 ${resolved} / an existing image file`,
      fix: '把图片放在文章旁边，写作 ./文件名，并检查文件名（区分大小写）/ put the image beside the entry, write ./<name>, and check the name (case matters)',
    });
  }
  if (alt.trim().startsWith(PLACEHOLDER)) {
    problems.push({
      file, line, field: '正文图片 body image', found: `![${alt}](${src})`,
      expected: `写好的图片说明，不是“${PLACEHOLDER}” / a written description, not the placeholder`,
      fix: `把方括号里的“${PLACEHOLDER}……”换成图片说明，写清图片里是谁、在做什么 / replace the placeholder with what the picture shows`,
    });
  }
  if (!alt.trim()) {
    problems.push({
      file, line, field: '正文图片 body image', found: `![](${src})`,
      expected: '方括号里写图片说明 / alt text between the brackets',
      fix: '写清图片里是谁、在做什么，例如 ![张伟在窗口为群众讲解](./zhang-wei.jpg) / describe the picture, e.g. ![Zhang Wei at the counter](./zhang-wei.jpg)',
    });
  }
  return problems;
}

/** `example.com`, `www.gov.cn/a` — an address written without https:// (not a file such as `a.md`). */
function looksLikeHost(href: string): boolean {
  return /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|net|org|gov|edu|io|info|top|xyz|cc|me)(:\d+)?(\/|$)/i.test(href);
}

function findLine(lines: string[], re: RegExp): number | undefined {
  const at = lines.findIndex((l) => re.test(l));
  return at === -1 ? undefined : at + 1;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { fileStem };
