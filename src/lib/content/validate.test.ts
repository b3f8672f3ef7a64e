import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../../integrations/content-files.ts';
import { formatReport } from './problem.ts';
import { countReadableChars } from './reading.ts';
import { checkContent } from './validate.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/content/${name}/`, import.meta.url));
const problemsOf = (name: string) => checkProject(fixture(name), true).problems;

describe('checkContent on the malformed fixtures', () => {
  test('accepts a valid entry of every collection, with an image beside one', () => {
    expect(problemsOf('valid')).toEqual([]);
  });

  test('accepts a file saved with a byte-order mark and CRLF line ends', () => {
    const result = checkProject(fixture('bom-crlf'), true);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.id)).toEqual(['windows-file']);
  });

  test('names a missing required field', () => {
    expect(problemsOf('missing-field')).toEqual([
      {
        file: 'content/theory/missing-format.md',
        line: undefined,
        field: 'format',
        found: '（缺失）missing',
        expected: '必填字段 / a required field',
        fix: '加上一行 format: …（可参考 content/README.md）/ add a line "format: …" (see content/README.md)',
      },
    ]);
  });

  test('names a field of the wrong type with its line', () => {
    expect(problemsOf('wrong-type')).toEqual([
      {
        file: 'content/training/wrong-participants.md',
        line: 9,
        field: 'participants',
        found: '"三十人"',
        expected: '数字 number',
        fix: '写成不带引号的数字，例如 participants: 2 / write a plain number without quotes',
      },
    ]);
  });

  test('refuses an impossible date instead of rolling it into the next month', () => {
    expect(problemsOf('impossible-date')).toEqual([
      {
        file: 'content/theory/bad-date.md',
        line: 4,
        field: 'date',
        found: '"2026-02-30"',
        expected: '真实存在的日期 YYYY-MM-DD / a real calendar date YYYY-MM-DD',
        fix: '检查年月日，例如 2026-02-28（2 月没有 30 日）/ check year, month and day, e.g. 2026-02-28',
      },
    ]);
  });

  test('lists the allowed values for a value outside a fixed list', () => {
    expect(problemsOf('outside-list')).toEqual([
      {
        file: 'content/theory/bad-format.md',
        line: 5,
        field: 'format',
        found: '"读书会"',
        expected: '以下之一 one of: 中心组学习 / 三会一课 / 专题党课 / 主题党日 / 网络学习 / 自学',
        fix: '把 format 改为列表中的一个值（照抄，不要加空格）/ copy one of the listed values exactly',
      },
    ]);
  });

  test('points at the line of broken YAML', () => {
    expect(problemsOf('broken-yaml')).toEqual([
      {
        file: 'content/theory/broken-yaml.md',
        line: 2,
        field: '(文件 file)',
        found: 'YAML 格式错误 / YAML syntax error: bad indentation of a mapping entry',
        expected: '“字段: 值” 的 YAML 写法 / YAML "field: value" lines',
        fix: '检查这一行的冒号、缩进和引号；值里有冒号时用引号括起来 / check the colon, indentation and quotes on this line; quote values that contain a colon',
      },
    ]);
  });

  test('reports a portrait whose file is missing', () => {
    expect(problemsOf('missing-image')).toEqual([
      {
        file: 'content/exemplars/no-image.md',
        line: 11,
        field: 'portrait.src',
        found: '"./missing.jpg"',
        expected: '存在的图片文件 content/exemplars/missing.jpg / an existing image file',
        fix: '把图片放在文章旁边并检查文件名（区分大小写）/ put the image beside the entry and check the name (case matters)',
      },
    ]);
  });

  test('requires alt text for a portrait', () => {
    expect(problemsOf('missing-alt')).toEqual([
      {
        file: 'content/exemplars/no-alt.md',
        line: 11,
        field: 'portrait.alt',
        found: '（缺失）missing',
        expected: '必填字段 / a required field',
        fix: '在 portrait 下加一行 alt: …（可参考 content/README.md）/ add a line "alt: …" under portrait (see content/README.md)',
      },
    ]);
  });

  test('reports a plan item pointing at a missing entry', () => {
    expect(problemsOf('bad-plan-reference')).toEqual([
      {
        file: 'content/plans/bad-ref.md',
        line: 8,
        field: 'items[0].theory',
        found: '"no-such-entry"',
        expected: 'content/theory/ 中存在的条目标识 / the id of an entry in content/theory/',
        fix: '检查拼写，条目标识即文件名（不含 .md）/ check the spelling: the id is the file name without .md',
      },
    ]);
  });

  test('reports an internal link to a missing page and accepts a link to a file', () => {
    expect(problemsOf('broken-link')).toEqual([
      {
        file: 'content/theory/broken-link.md',
        line: 14,
        field: '正文链接 body link',
        found: '"/theory/no-such-page/"',
        expected: '站内存在的页面，例如 /theory/条目标识/ / an existing page of the site, e.g. /theory/<id>/',
        fix: '检查链接中的栏目和条目标识；链接到文件可写 ./文件名.md / check the collection and id in the link; to link a file write ./<name>.md',
      },
    ]);
  });

  test('reports a duplicate id and names the other file', () => {
    expect(problemsOf('duplicate-id')).toEqual([
      {
        file: 'content/theory/second.md',
        line: 2,
        field: 'id',
        found: '"same-id"（与 content/theory/first.md 重复 / same as content/theory/first.md）',
        expected: '栏目内唯一的标识 / an id unique within the collection',
        fix: '给其中一篇改用不同的 id，例如 same-id-2 / give one of them another id, e.g. same-id-2',
      },
    ]);
  });

  test('reports an empty file', () => {
    expect(problemsOf('empty-file')).toEqual([
      {
        file: 'content/theory/empty.md',
        line: undefined,
        field: '(文件 file)',
        found: '空文件 / empty file',
        expected: '以 --- 开头的 front matter 和正文 / front matter between --- lines, then the body',
        fix: '用 npm run new 生成模板后再填写 / create the entry with `npm run new` and fill it in',
      },
    ]);
  });

  test('asks for an explicit id when the file name is Chinese, suggesting pinyin', () => {
    expect(problemsOf('non-ascii-name')).toEqual([
      {
        file: 'content/theory/党章学习.md',
        line: undefined,
        field: 'id（文件名 file name）',
        found: '"党章学习"',
        expected: '小写英文字母、数字和连字符 / lowercase ASCII letters, digits and hyphens',
        fix: '在 front matter 中加一行 id: dang-zhang-xue-xi，或把文件改名为 dang-zhang-xue-xi.md / add "id: dang-zhang-xue-xi" to the front matter, or rename the file',
      },
    ]);
  });

  test('reports an image in the body whose file is missing', () => {
    expect(problemsOf('missing-body-image')).toEqual([
      {
        file: 'content/theory/typo-image.md',
        line: 14,
        field: '正文图片 body image',
        found: '"./study-sesion.png"',
        expected: '存在的图片文件 content/theory/study-sesion.png / an existing image file',
        fix: '把图片放在文章旁边，写作 ./文件名，并检查文件名（区分大小写）/ put the image beside the entry, write ./<name>, and check the name (case matters)',
      },
    ]);
  });

  test('requires alt text for an image in the body', () => {
    expect(problemsOf('missing-body-alt')).toEqual([
      {
        file: 'content/theory/no-alt.md',
        line: 14,
        field: '正文图片 body image',
        found: '![](./study-session.png)',
        expected: '方括号里写图片说明 / alt text between the brackets',
        fix: '写清图片里是谁、在做什么，例如 ![张伟在窗口为群众讲解](./zhang-wei.jpg) / describe the picture, e.g. ![Zhang Wei at the counter](./zhang-wei.jpg)',
      },
    ]);
  });

  test('reports an attachment whose file is missing from public/attachments/', () => {
    expect(problemsOf('missing-attachment')).toEqual([
      {
        file: 'content/training/no-attachment.md',
        line: 11,
        field: 'attachments[0].file',
        found: '"/attachments/no-such-file.pdf"',
        expected: '存在的文件 public/attachments/no-such-file.pdf / an existing file',
        fix: '把附件放进 public/attachments/ 并检查文件名 / put the file in public/attachments/ and check its name',
      },
    ]);
  });

  test('reports a plan item pointing at a draft in the production build only', () => {
    expect(problemsOf('draft-plan-reference')).toEqual([
      {
        file: 'content/plans/points-at-draft.md',
        line: 8,
        field: 'items[0].theory',
        found: '"unfinished"',
        expected: '已发布的条目（theory/unfinished 是草稿）/ a published entry (theory/unfinished is a draft)',
        fix: '先发布该条目（去掉 draft: true），或从计划中移除 / publish that entry or remove it from the plan',
      },
    ]);
    expect(checkProject(fixture('draft-plan-reference'), false).problems).toEqual([]);
  });

  test('refuses a file name taken by the list pages', () => {
    expect(problemsOf('reserved-id')).toEqual([
      {
        file: 'content/theory/page.md',
        line: undefined,
        field: 'id（文件名 file name）',
        found: '"page"',
        expected: '不能是 page、year、type、tag（列表页已占用）/ not one of page, year, type, tag (used by list pages)',
        fix: '把文件改名为例如 page-2026.md，或在 front matter 中加一行 id: page-2026 / rename the file, e.g. page-2026.md, or add "id: page-2026"',
      },
    ]);
  });

  test('refuses an id with capitals, spaces or Chinese, suggesting pinyin', () => {
    expect(problemsOf('bad-id')).toEqual([
      {
        file: 'content/theory/bad-id.md',
        line: 2,
        field: 'id',
        found: '"Dang Zhang 学习"',
        expected: '小写英文字母、数字和连字符 / lowercase ASCII letters, digits and hyphens',
        fix: '把 id 改为例如 dang-zhang-xue-xi / change id to e.g. dang-zhang-xue-xi',
      },
    ]);
  });

  test('formats every problem of a project in one report', () => {
    const report = formatReport([...problemsOf('outside-list'), ...problemsOf('impossible-date')]);
    expect(report).toContain('内容检查发现 2 个问题 / content check found 2 problem(s):');
    expect(report).toContain('✖ content/theory/bad-format.md:5');
    expect(report).toContain('✖ content/theory/bad-date.md:4');
    expect(report).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('the sample corpus passes', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const result = checkProject(root, true);
    expect(result.problems).toEqual([]);
    const count = (c: string) => result.entries.filter((e) => e.collection === c).length;
    expect(count('theory')).toBeGreaterThanOrEqual(14);
    expect(count('exemplars')).toBeGreaterThanOrEqual(12);
    expect(count('training')).toBeGreaterThanOrEqual(10);
    expect(count('plans')).toBeGreaterThanOrEqual(3);
    for (const entry of result.entries) {
      const chars = countReadableChars(entry.body);
      expect({ file: entry.file, ok: chars >= 600 && chars <= 2500 }).toEqual({ file: entry.file, ok: true });
    }
  });
});

describe('checkContent on 待填写 picture descriptions', () => {
  const exemplar = (portrait: string, body: string) => ({
    path: 'content/exemplars/han.md',
    text: `---\nid: han\ntitle: 事迹\nsummary: 摘要\nsubject: 韩知远\nkind: 个人\nhonour: 优秀共产党员\nawardedBy: 市直机关工委\nawardedOn: 2026-04-28\nunit: 市数据局\n${portrait}---\n\n${body}\n`,
  });
  const check = (file: { path: string; text: string }) => checkContent([file], { production: true, fileExists: () => true }).problems;

  test('flags a body image whose description is still 待填写, with its line', () => {
    expect(check(exemplar('', '文字\n\n![待填写：图片说明](./han-1.png)'))).toEqual([
      {
        file: 'content/exemplars/han.md',
        line: 15,
        field: '正文图片 body image',
        found: '![待填写：图片说明](./han-1.png)',
        expected: '写好的图片说明，不是“待填写” / a written description, not the placeholder',
        fix: '把方括号里的“待填写……”换成图片说明，写清图片里是谁、在做什么 / replace the placeholder with what the picture shows',
      },
    ]);
  });
  test('flags a portrait whose alt is still 待填写, at the alt line', () => {
    expect(check(exemplar('portrait:\n  src: ./han.png\n  alt: 待填写：照片说明\n', '文字'))).toMatchObject([{ line: 13, field: 'portrait.alt', found: '"待填写：照片说明"' }]);
  });
  test('accepts written descriptions', () => {
    expect(check(exemplar('portrait:\n  src: ./han.png\n  alt: 韩知远在机房\n', '![韩知远在窗口](./han-1.png)'))).toEqual([]);
  });
});
