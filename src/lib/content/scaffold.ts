import yaml from 'js-yaml';
import { collectionNames, siteConfig, type CollectionName } from '../../site.config.ts';
import { PLAN_ITEM_COLLECTIONS, type PlanItemCollection } from '../../schemas/plans.ts';
import { CONTENT_BASES } from './paths.ts';
import { suggestId } from './suggest-id.ts';
import { PLACEHOLDER } from './placeholder.ts';
import { RESERVED_IDS } from './list-routes.ts';
import { withBase } from './links.ts';
import type { ContentProblem } from './problem.ts';

/** What `npm run new` was asked for. */
export interface NewEntryArgs {
  collection: CollectionName;
  title: string;
  draft: boolean;
}

export type ParsedArgs = { ok: true; args: NewEntryArgs } | { ok: false; help: boolean; message: string };

const collectionList = collectionNames.map((c) => `${c}（${siteConfig.collections[c].label}）`).join('、');

/** The help text, Chinese then English. */
export const NEW_ENTRY_USAGE = [
  '用法 usage: npm run new -- <栏目 collection> "<标题 title>" [--draft]',
  `  栏目 collection: ${collectionList}`,
  '  --draft  存为草稿：只在 npm run dev 中显示，不会发布 / save as a draft, shown by npm run dev only',
  '  例如 e.g.: npm run new -- theory "学习新修订的党章"',
].join('\n');

/** Longest title the schema accepts. */
export const TITLE_MAX = 80;

/** A collection named in English (`theory`) or by its Chinese label (`理论学习`), or undefined. */
export function collectionByName(name: string): CollectionName | undefined {
  return collectionNames.find((c) => c === name.trim().toLowerCase() || siteConfig.collections[c].label === name.trim());
}

/** Reads `<collection> "<title>" [--draft]`; the collection may also be given by its Chinese label. */
export function parseNewEntryArgs(argv: readonly string[]): ParsedArgs {
  const fail = (message: string): ParsedArgs => ({ ok: false, help: false, message: `${message}\n\n${NEW_ENTRY_USAGE}` });
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, help: true, message: NEW_ENTRY_USAGE };
  const flags = argv.filter((a) => a.startsWith('-'));
  const unknown = flags.find((f) => f !== '--draft');
  if (unknown) return fail(`不认识的选项 unknown option: ${unknown}`);
  const [name, ...words] = argv.filter((a) => !a.startsWith('-'));
  if (!name) return fail('缺少栏目和标题 / missing the collection and the title');
  const collection = collectionByName(name);
  if (!collection) return fail(`没有这个栏目 unknown collection: ${JSON.stringify(name)}`);
  // An unquoted title arrives as several words; join them rather than make the editor retype.
  const title = words.join(' ').replace(/\s+/g, ' ').trim();
  if (!title) return fail('缺少标题 / missing the title');
  if ([...title].length > TITLE_MAX) {
    return fail(`标题太长：${[...title].length} 个字，最多 ${TITLE_MAX} 个 / the title has ${[...title].length} characters, at most ${TITLE_MAX}`);
  }
  return { ok: true, args: { collection, title, draft: flags.includes('--draft') } };
}

/** `YYYY-MM-DD` of a local calendar day. */
export function isoDay(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The last day of the day's month, `YYYY-MM-DD`. */
function monthEnd(day: Date): string {
  return isoDay(new Date(day.getFullYear(), day.getMonth() + 1, 0));
}

/** Pinyin words kept in an id, so addresses stay short enough to read aloud and copy. */
const ID_WORDS = 6;

/**
 * A new entry's id: `2026-05-` plus the title in pinyin for dated collections (a leading
 * `2026年5月` in the title is dropped, the prefix already says it); the pinyin alone for exemplars,
 * as the sample entries are named after people and collectives.
 */
export function newEntryId(collection: CollectionName, title: string, today: Date): string {
  if (collection === 'exemplars') return suggestId(title, ID_WORDS);
  const rest = title.replace(/^\s*\d{4}\s*年(?:\s*\d{1,2}\s*月份?)?(?:度)?/, '').trim();
  return `${isoDay(today).slice(0, 7)}-${suggestId(rest || title, ID_WORDS)}`;
}

/** Why a new entry cannot take `id`, as a checker-style problem, or undefined when it is free. */
export function idClash(
  collection: CollectionName,
  id: string,
  taken: ReadonlyMap<string, string>,
): ContentProblem | undefined {
  const file = `${CONTENT_BASES[collection]}/${id}.md`;
  const owner = taken.get(id);
  if (owner) {
    return {
      file,
      field: 'id',
      found: `"${id}"（已被 ${owner} 使用 / already used by ${owner}）`,
      expected: '栏目内唯一的标识 / an id unique within the collection',
      fix: `没有新建或改动任何文件。换一个更具体的标题再运行，或直接编辑 ${owner} / nothing was created or changed: run again with a more specific title, or edit ${owner}`,
    };
  }
  if (RESERVED_IDS.includes(id)) {
    return {
      file,
      field: 'id',
      found: JSON.stringify(id),
      expected: `不能是 ${RESERVED_IDS.join('、')}（列表页已占用）/ not one of ${RESERVED_IDS.join(', ')} (used by list pages)`,
      fix: '换一个更具体的标题再运行 / run again with a more specific title',
    };
  }
  return undefined;
}

/** The minimum the scaffold needs to know about an existing entry. */
export interface KnownEntry {
  collection: CollectionName;
  id: string;
  draft: boolean;
  data: Record<string, unknown>;
}

/**
 * What a new plan's first item points at, so the plan validates as created: the newest published
 * theory entry, else the newest training record or exemplar.
 */
export function newestPlanTarget(entries: readonly KnownEntry[]): { collection: PlanItemCollection; id: string } | undefined {
  const order: PlanItemCollection[] = ['theory', 'training', 'exemplars'];
  const dateOf = (e: KnownEntry) => String(e.data.date ?? e.data.awardedOn ?? '');
  for (const collection of order) {
    const newest = entries
      .filter((e) => e.collection === collection && !e.draft)
      .sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.id.localeCompare(b.id))[0];
    if (newest) return { collection, id: newest.id };
  }
  return undefined;
}

/** Where the page of an entry will be: root-relative with the base path, and on the dev server. */
export function entryUrls(base: string, collection: CollectionName, id: string): { path: string; dev: string } {
  const path = withBase(base, `/${collection}/${id}/`);
  return { path, dev: `http://localhost:4321${path}` };
}

export interface TemplateInput {
  collection: CollectionName;
  id: string;
  title: string;
  draft: boolean;
  today: Date;
  /** Field name (`title`, `portrait.src`, `items[].due`) → its JSDoc, shown as the YAML comment. */
  docs: ReadonlyMap<string, string>;
  /** For plans: the entry the first item points at. */
  planTarget?: { collection: PlanItemCollection; id: string } | undefined;
  /**
   * Values found elsewhere (in an imported Word document), by field name as in `docs`
   * (`subject`, `portrait.src`). Each replaces the scaffold's value and turns a commented-out
   * optional field on; fields not given stay as the scaffold writes them.
   */
  found?: Readonly<Record<string, string>> | undefined;
  /** The Markdown body; the scaffold's placeholder body when not given. */
  body?: string | undefined;
}

const TODO = PLACEHOLDER;

type Row =
  /** `key: value`, or commented out when `off` (an optional field shown as an example). */
  | { key: string; value: string; off?: boolean }
  /** A group of fields (`portrait`) or a list of them (`attachments`, `items`), each with its comment. */
  | { key: string; group: [string, string][]; list?: boolean; off?: boolean; alternatives?: string[] };

function yamlText(value: string): string {
  return yaml.dump(value, { lineWidth: -1 }).trimEnd();
}

/** A found value as YAML: calendar days stay bare (as the scaffold writes them), text is quoted when it must be. */
function foundText(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : yamlText(value);
}

/** The scaffold's rows with the found values put in; a row given a value is no longer commented out. */
function withFound(rows: Row[], found: Readonly<Record<string, string>>): Row[] {
  return rows.map((row) => {
    if ('value' in row) {
      const value = found[row.key];
      return value === undefined ? row : { key: row.key, value: foundText(value) };
    }
    const names = row.group.map(([key]) => `${row.key}.${key}`);
    if (!names.some((n) => found[n] !== undefined)) return row;
    const { off: _off, ...on } = row;
    return { ...on, group: row.group.map(([key, value]) => [key, found[`${row.key}.${key}`] === undefined ? value : foundText(found[`${row.key}.${key}`]!)]) };
  });
}

/** The fields of a collection the scaffold fills with a 待填写 placeholder: what an import reports as not found. */
export function placeholderFields(input: Omit<TemplateInput, 'docs' | 'body'>): string[] {
  return withFound(rowsFor(input), input.found ?? {}).flatMap((row) => {
    if (row.off) return [];
    if ('value' in row) return row.value.includes(TODO) ? [row.key] : [];
    return row.group.filter(([, value]) => value.includes(TODO)).map(([key]) => `${row.key}.${key}`);
  });
}

const COLLECTIVE = /(党支部|支部|党小组|小组|团队|委员会|中心|科|处|室|队|班|站|所|局|组)$/;

/**
 * An exemplar's title is often just the name of who is honoured (`张伟`, `市统计局数据处党支部`);
 * then it is the subject too, and a collective's name says 集体.
 */
export function subjectOf(title: string): { name: string; kind: '个人' | '集体' } | undefined {
  const t = title.trim();
  if (/^\p{Script=Han}{2,4}$/u.test(t) && !COLLECTIVE.test(t)) return { name: t, kind: '个人' };
  if (/^[\p{Script=Han}A-Za-z0-9（）()]{3,40}$/u.test(t) && COLLECTIVE.test(t)) return { name: t, kind: '集体' };
  return undefined;
}

function rowsFor(input: Omit<TemplateInput, 'docs' | 'body'>): Row[] {
  const day = isoDay(input.today);
  const common: Row[] = [
    { key: 'id', value: input.id },
    { key: 'title', value: yamlText(input.title) },
    { key: 'summary', value: `${TODO}：用一两句话概括本文，显示在列表和搜索结果中。` },
    { key: 'tags', value: '[]' },
    { key: 'draft', value: String(input.draft) },
    { key: 'search', value: 'true' },
    { key: 'updated', value: day, off: true },
  ];
  switch (input.collection) {
    case 'theory':
      return [
        ...common,
        { key: 'date', value: day },
        { key: 'format', value: '三会一课' },
        { key: 'topics', value: `[${TODO}]` },
        { key: 'speaker', value: TODO, off: true },
        { key: 'source', value: TODO, off: true },
        { key: 'hours', value: '1', off: true },
      ];
    case 'exemplars': {
      const subject = subjectOf(input.title);
      return [
        ...common,
        { key: 'subject', value: subject ? yamlText(subject.name) : TODO },
        { key: 'kind', value: subject?.kind ?? '个人' },
        { key: 'honour', value: TODO },
        { key: 'awardedBy', value: TODO },
        { key: 'awardedOn', value: day },
        { key: 'unit', value: TODO },
        { key: 'portrait', off: true, group: [['src', `./${input.id}.jpg`], ['alt', `${TODO}：照片里是谁、在做什么`]] },
        { key: 'date', value: day, off: true },
      ];
    }
    case 'training':
      return [
        ...common,
        { key: 'date', value: day },
        { key: 'endDate', value: day, off: true },
        { key: 'type', value: '专题讲座' },
        { key: 'organiser', value: TODO },
        { key: 'location', value: TODO },
        { key: 'lecturer', value: TODO },
        { key: 'participants', value: '1' },
        { key: 'hours', value: '1' },
        { key: 'attachments', off: true, list: true, group: [['title', '培训讲义'], ['file', '/attachments/文件名.pdf']] },
      ];
    case 'plans': {
      const target = input.planTarget;
      if (!target) throw new Error('a plan needs an entry for its first item');
      const others = PLAN_ITEM_COLLECTIONS.filter((c) => c !== target.collection);
      return [
        ...common,
        { key: 'period', value: day.slice(0, 7) },
        { key: 'audience', value: '全体党员' },
        { key: 'date', value: day },
        {
          key: 'items',
          list: true,
          group: [[target.collection, target.id], ['requirement', '必学'], ['due', monthEnd(input.today)]],
          alternatives: others,
        },
      ];
    }
  }
}

function renderRow(row: Row, docs: ReadonlyMap<string, string>): string[] {
  const doc = (name: string) => {
    const text = docs.get(name);
    if (!text) throw new Error(`no description for the field ${name}`);
    return text;
  };
  const hash = row.off ? '# ' : '';
  if ('value' in row) return [`# ${doc(row.key)}`, `${hash}${row.key}: ${row.value}`];
  const prefix = `${row.key}${row.list ? '[]' : ''}.`;
  const lines = [`# ${doc(row.key)}`, `${hash}${row.key}:`];
  row.group.forEach(([key, value], i) => {
    const lead = row.list ? (i === 0 ? '  - ' : '    ') : '  ';
    lines.push(`${hash}${lead}${key}: ${value}  # ${doc(prefix + key)}`);
  });
  if (row.alternatives?.length) {
    lines.push(`  # 每项只写 ${PLAN_ITEM_COLLECTIONS.join('、')} 中的一个，例如：`);
    for (const alt of row.alternatives) lines.push(`  # - ${alt}: 条目标识  # ${doc(prefix + alt)}`);
  }
  return lines;
}

const BODY = [
  '## 待填写：第一个小标题',
  '',
  '在这里写正文。用“## ”开头的一行写小标题，段落之间空一行。写完后运行 npm run check:content 检查，再用 npm run dev 预览。',
  '',
].join('\n');

/**
 * The text of a new entry: every field of the collection's schema, each under a Chinese comment
 * taken from the schema's JSDoc. Optional fields without a sensible default are present as
 * commented-out examples; the rest hold values that validate, so the file builds as created.
 */
export function renderEntry(input: TemplateInput): string {
  const front = withFound(rowsFor(input), input.found ?? {}).flatMap((row) => renderRow(row, input.docs));
  return ['---', ...front, '---', '', input.body ?? BODY].join('\n');
}
