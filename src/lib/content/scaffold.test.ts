import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { collectionFieldDocs } from '../../../build/project/schema-docs.ts';
import { collectionNames, type CollectionName } from '../../site.config.ts';
import { checkContent } from './validate.ts';
import { parseFrontMatter } from './front-matter.ts';
import {
  NEW_ENTRY_USAGE,
  subjectOf,
  entryUrls,
  idClash,
  isoDay,
  newEntryId,
  newestPlanTarget,
  parseNewEntryArgs,
  placeholderFields,
  renderEntry,
  type KnownEntry,
} from './scaffold.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fieldDocs = collectionFieldDocs(root);
const docsOf = (c: CollectionName) => new Map(fieldDocs[c].map((f) => [f.name, f.description]));
const today = new Date(2026, 4, 20);

describe('parseNewEntryArgs', () => {
  test('reads the collection, the title and --draft', () => {
    expect(parseNewEntryArgs(['theory', '学习党章', '--draft'])).toEqual({
      ok: true,
      args: { collection: 'theory', title: '学习党章', draft: true },
    });
    expect(parseNewEntryArgs(['plans', '五月学习计划'])).toEqual({ ok: true, args: { collection: 'plans', title: '五月学习计划', draft: false } });
  });
  test('accepts the Chinese name of a collection', () => {
    expect(parseNewEntryArgs(['先进典型', '张伟'])).toMatchObject({ ok: true, args: { collection: 'exemplars' } });
  });
  test('joins a title typed without quotes', () => {
    expect(parseNewEntryArgs(['training', '公文', '写作', '培训'])).toMatchObject({ ok: true, args: { title: '公文 写作 培训' } });
  });
  test('explains a missing title, an unknown collection or option, with the usage', () => {
    const messageOf = (argv: string[]) => {
      const r = parseNewEntryArgs(argv);
      return r.ok ? '' : r.message;
    };
    expect(messageOf([])).toBe(`缺少栏目和标题 / missing the collection and the title\n\n${NEW_ENTRY_USAGE}`);
    expect(messageOf(['theory'])).toBe(`缺少标题 / missing the title\n\n${NEW_ENTRY_USAGE}`);
    expect(messageOf(['blog', '标题'])).toBe(`没有这个栏目 unknown collection: "blog"\n\n${NEW_ENTRY_USAGE}`);
    expect(messageOf(['theory', '标题', '--drfat'])).toBe(`不认识的选项 unknown option: --drfat\n\n${NEW_ENTRY_USAGE}`);
    expect(messageOf(['theory', '长'.repeat(81)])).toMatch(/^标题太长：81 个字，最多 80 个 \/ the title has 81 characters, at most 80/);
  });
  test('answers --help with the usage alone', () => {
    expect(parseNewEntryArgs(['--help'])).toEqual({ ok: false, help: true, message: NEW_ENTRY_USAGE });
  });
});

describe('newEntryId', () => {
  test('prefixes the month for dated collections and keeps six pinyin words', () => {
    expect(newEntryId('theory', '学习新修订的党章，做合格党员', today)).toBe('2026-05-xue-xi-xin-xiu-ding-de');
    expect(newEntryId('training', '公文写作培训', today)).toBe('2026-05-gong-wen-xie-zuo-pei-xun');
  });
  test('drops a year and month the title starts with', () => {
    expect(newEntryId('plans', '2026年5月党员学习计划', today)).toBe('2026-05-dang-yuan-xue-xi-ji-hua');
    expect(newEntryId('plans', '2026年度学习计划', today)).toBe('2026-05-xue-xi-ji-hua');
  });
  test('uses the pinyin alone for exemplars', () => {
    expect(newEntryId('exemplars', '张伟', today)).toBe('zhang-wei');
  });
  test('always yields a URL-safe id', () => {
    for (const title of ['OA 系统 & APP（2.0）', '！！！', 'Ünïcödé 标题']) {
      expect(newEntryId('theory', title, today)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('idClash', () => {
  test('accepts a free id', () => {
    expect(idClash('theory', 'new-one', new Map([['old-one', 'content/theory/old-one.md']]))).toBeUndefined();
  });
  test('refuses an id already used, naming the file, and says nothing changed', () => {
    expect(idClash('theory', 'same', new Map([['same', 'content/theory/other.md']]))).toEqual({
      file: 'content/theory/same.md',
      field: 'id',
      found: '"same"（已被 content/theory/other.md 使用 / already used by content/theory/other.md）',
      expected: '栏目内唯一的标识 / an id unique within the collection',
      fix: '没有新建或改动任何文件。换一个更具体的标题再运行，或直接编辑 content/theory/other.md / nothing was created or changed: run again with a more specific title, or edit content/theory/other.md',
    });
  });
  test('refuses an id taken by the list routes', () => {
    expect(idClash('exemplars', 'page', new Map())?.expected).toBe('不能是 page、year、type、tag（列表页已占用）/ not one of page, year, type, tag (used by list pages)');
  });
});

describe('newestPlanTarget', () => {
  const entry = (collection: CollectionName, id: string, date: string, draft = false): KnownEntry => ({ collection, id, draft, data: { date } });
  test('picks the newest published theory entry', () => {
    const entries = [entry('theory', 'old', '2026-01-01'), entry('theory', 'new', '2026-03-01'), entry('theory', 'draft', '2026-04-01', true), entry('training', 't', '2026-05-01')];
    expect(newestPlanTarget(entries)).toEqual({ collection: 'theory', id: 'new' });
  });
  test('falls back to training, then exemplars, then nothing', () => {
    expect(newestPlanTarget([entry('training', 't', '2026-05-01'), entry('exemplars', 'e', '2026-06-01')])).toEqual({ collection: 'training', id: 't' });
    expect(newestPlanTarget([{ collection: 'exemplars', id: 'e', draft: false, data: { awardedOn: '2026-06-01' } }])).toEqual({ collection: 'exemplars', id: 'e' });
    expect(newestPlanTarget([])).toBeUndefined();
  });
});

describe('entryUrls', () => {
  test('gives the address with the base path, and on the dev server', () => {
    expect(entryUrls('/', 'theory', 'a')).toEqual({ path: '/theory/a/', dev: 'http://localhost:4321/theory/a/' });
    expect(entryUrls('/kb/', 'plans', 'b')).toEqual({ path: '/kb/plans/b/', dev: 'http://localhost:4321/kb/plans/b/' });
  });
});

describe('renderEntry', () => {
  const render = (collection: CollectionName, draft = false) =>
    renderEntry({
      collection,
      id: `2026-05-new-${collection}`,
      title: '新条目: 标题',
      draft,
      today,
      docs: docsOf(collection),
      planTarget: { collection: 'theory', id: 'good-theory' },
    });

  test.each(collectionNames)('writes a %s entry that passes the checker as it is', (collection) => {
    const files = [
      { path: `content/${collection}/2026-05-new-${collection}.md`, text: render(collection) },
      { path: 'content/theory/good-theory.md', text: '---\nid: good-theory\ntitle: 目标\nsummary: 摘要\ndate: 2026-03-01\nformat: 自学\ntopics: [党章党规]\n---\n\n正文\n' },
    ];
    const result = checkContent(files, { production: true, fileExists: () => false });
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.id)).toContain(`2026-05-new-${collection}`);
  });

  test.each(collectionNames)('shows every %s field, each with its description as a comment', (collection) => {
    const lines = render(collection).split('\n');
    for (const field of fieldDocs[collection]) {
      const leaf = field.name.split('.').pop()!;
      const nested = field.name.includes('.');
      // Top-level fields have their description on the line above; nested ones at the end of the line.
      const at = lines.findIndex(
        (l, i) => new RegExp(`^[#\\s-]*${leaf}:`).test(l) && (nested ? l.endsWith(`# ${field.description}`) : lines[i - 1] === `# ${field.description}`),
      );
      expect({ field: field.name, shown: at >= 0 }).toEqual({ field: field.name, shown: true });
    }
  });

  test('quotes a title YAML would misread and keeps the id, date and draft flag', () => {
    const parsed = parseFrontMatter(render('theory', true));
    expect(parsed.ok && parsed.data).toMatchObject({ id: '2026-05-new-theory', title: '新条目: 标题', draft: true, date: isoDay(today) });
  });

  test('points a plan at the given entry, due at the end of the month', () => {
    const parsed = parseFrontMatter(render('plans'));
    expect(parsed.ok && parsed.data).toMatchObject({ period: '2026-05', items: [{ theory: 'good-theory', requirement: '必学', due: '2026-05-31' }] });
  });
});

describe('renderEntry with found values (npm run import)', () => {
  const input = {
    collection: 'exemplars' as const,
    id: 'han-zhi-yuan',
    title: '韩知远同志先进事迹材料',
    draft: false,
    today,
    found: { subject: '韩知远', honour: '“岗位能手”: 一等', 'portrait.src': './han-zhi-yuan.png', 'portrait.alt': '待填写：照片说明', date: '2026-05-12' },
  };

  test('puts the found values in, turns optional fields on, and keeps the body', () => {
    const text = renderEntry({ ...input, docs: docsOf('exemplars'), body: '## 一、事迹\n\n正文。\n' });
    const parsed = parseFrontMatter(text);
    expect(parsed.ok && parsed.data).toMatchObject({
      subject: '韩知远',
      honour: '“岗位能手”: 一等',
      unit: '待填写',
      portrait: { src: './han-zhi-yuan.png', alt: '待填写：照片说明' },
      date: '2026-05-12',
      awardedOn: isoDay(today),
    });
    expect(text).toContain('\ndate: 2026-05-12\n');
    expect(text.endsWith('---\n\n## 一、事迹\n\n正文。\n')).toBe(true);
  });

  test('lists the fields still holding 待填写', () => {
    expect(placeholderFields(input)).toEqual(['summary', 'awardedBy', 'unit', 'portrait.alt']);
    expect(placeholderFields({ ...input, collection: 'theory', id: '2026-05-a', found: {} })).toEqual(['summary', 'topics']);
  });
});

describe('subjectOf', () => {
  test('an exemplar titled with a person’s or a collective’s name has that name as its subject', () => {
    expect(subjectOf('张伟')).toEqual({ name: '张伟', kind: '个人' });
    expect(subjectOf('欧阳晓梅')).toEqual({ name: '欧阳晓梅', kind: '个人' });
    expect(subjectOf('市统计局数据处党支部')).toEqual({ name: '市统计局数据处党支部', kind: '集体' });
    expect(subjectOf('扎根基层二十年的好支书')).toBeUndefined();
  });
});
