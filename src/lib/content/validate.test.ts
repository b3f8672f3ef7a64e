import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../../../build/project/content-files.ts';
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
        fix: '2026 年 2 月只有 28 天，请检查日期 / 2026-02 has 28 days: check the day',
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
        found: '值里有“: ”，被当成了另一个字段 / a colon inside the value (YAML syntax error: bad indentation of a mapping entry)',
        expected: '“字段: 值” 的 YAML 写法 / YAML "field: value" lines',
        fix: '把值用引号括起来：title: "测试：理论: 学习" / quote a value that contains a colon',
      },
    ]);
  });

  test('reports a portrait whose file is missing', () => {
    expect(problemsOf('missing-image')).toEqual([
      {
        file: 'content/exemplars/no-image.md',
        line: 12,
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
        field: 'items 第 1 项 theory',
        found: '"no-such-entry"',
        expected: 'content/theory/ 中存在的条目标识 / the id of an entry in content/theory/',
        fix: '检查拼写，条目标识即文件名（不含 .md）/ check the spelling: the id is the file name without .md',
      },
    ]);
  });

  test('reports internal links to missing pages (inline, reference, raw HTML), not examples in code blocks, and accepts a link to a file', () => {
    const broken = (line: number, href: string) => ({
      file: 'content/theory/broken-link.md',
      line,
      field: '正文链接 body link',
      found: JSON.stringify(href),
      expected: '站内存在的页面，例如 /theory/条目标识/ / an existing page of the site, e.g. /theory/<id>/',
      fix: '检查链接中的栏目和条目标识；链接到文件可写 ./文件名.md / check the collection and id in the link; to link a file write ./<name>.md',
    });
    expect(problemsOf('broken-link')).toEqual([broken(14, '/theory/no-such-page/'), broken(22, '/training/no-such-training/'), broken(24, '/theory/old-missing/')]);
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
        line: 13,
        field: 'attachments 第 1 项 file',
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
        field: 'items 第 1 项 theory',
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

describe('checkContent explains each mistake so an editor can fix it', () => {
  test("refuses a misspelt field name, suggesting the field it most likely means", () => {
    expect(problemsOf("unknown-field")).toEqual([
      {
        "file": "content/exemplars/misspelt-portrait.md",
        "line": 10,
        "field": "portait",
        "found": "未知字段 portait / unknown field portait",
        "expected": "exemplars 中可用的字段：id、title、summary、tags、draft、search、updated、subject、kind、honour、awardedBy、awardedOn、unit、portrait、date / known fields: id, title, summary, tags, draft, search, updated, subject, kind, honour, awardedBy, awardedOn, unit, portrait, date",
        "fix": "是否想写 portrait？把 portait 改为 portrait / did you mean portrait? rename portait to portrait"
      },
      {
        "file": "content/theory/misspelt-summary.md",
        "line": 3,
        "field": "sumary",
        "found": "未知字段 sumary / unknown field sumary",
        "expected": "theory 中可用的字段：id、title、summary、tags、draft、search、updated、date、format、topics、speaker、source、hours / known fields: id, title, summary, tags, draft, search, updated, date, format, topics, speaker, source, hours",
        "fix": "是否想写 summary？把 sumary 改为 summary / did you mean summary? rename sumary to summary"
      },
      {
        "file": "content/theory/misspelt-summary.md",
        "line": 7,
        "field": "tag",
        "found": "未知字段 tag / unknown field tag",
        "expected": "theory 中可用的字段：id、title、summary、tags、draft、search、updated、date、format、topics、speaker、source、hours / known fields: id, title, summary, tags, draft, search, updated, date, format, topics, speaker, source, hours",
        "fix": "是否想写 tags？把 tag 改为 tags / did you mean tags? rename tag to tags"
      }
    ]);
  });

  test("names a misspelt key inside a plan item, counting items from 1, at the line of the key", () => {
    expect(problemsOf("plan-item-key")).toEqual([
      {
        "file": "content/plans/item-key.md",
        "line": 8,
        "field": "items 第 1 项 exemplar",
        "found": "未知字段 exemplar / unknown field exemplar",
        "expected": "items 第 1 项中可用的字段：theory、exemplars、training、requirement、due / known fields: theory, exemplars, training, requirement, due",
        "fix": "是否想写 exemplars？把 exemplar 改为 exemplars / did you mean exemplars? rename exemplar to exemplars"
      }
    ]);
  });

  test("points an unclosed quote at its own line, not at the closing ---", () => {
    expect(problemsOf("yaml-unclosed-quote")).toEqual([
      {
        "file": "content/theory/unclosed-quote.md",
        "line": 3,
        "field": "(文件 file)",
        "found": "\"summary: \\\"学习党章的体会\"：引号没有配对 / the quote is not closed (YAML syntax error: unexpected end of the stream within a double quoted scalar)",
        "expected": "“字段: 值” 的 YAML 写法 / YAML \"field: value\" lines",
        "fix": "在这一行末尾补上 \"，或去掉开头的 \" / close the quote at the end of the line, or remove it"
      }
    ]);
  });

  test("explains a full-width colon after a field name", () => {
    expect(problemsOf("yaml-full-width-colon")).toEqual([
      {
        "file": "content/exemplars/full-width-colon.md",
        "line": 9,
        "field": "(文件 file)",
        "found": "\"unit：测试支部\"：字段名后是全角冒号“：” / a full-width colon after the field name",
        "expected": "“字段: 值” 的 YAML 写法 / YAML \"field: value\" lines",
        "fix": "改为半角冒号加空格：unit: 测试支部 / use an ASCII colon and a space"
      }
    ]);
  });

  test("explains a tab used for indentation", () => {
    expect(problemsOf("yaml-tab")).toEqual([
      {
        "file": "content/training/tab-indent.md",
        "line": 12,
        "field": "(文件 file)",
        "found": "行首用了 Tab 缩进 / a tab at the start of the line (YAML syntax error: tab characters must not be used in indentation)",
        "expected": "“字段: 值” 的 YAML 写法 / YAML \"field: value\" lines",
        "fix": "把 Tab 换成两个空格 / indent with two spaces, not a tab"
      }
    ]);
  });

  test("rewrites a date written 年月日 as YYYY-MM-DD", () => {
    expect(problemsOf("chinese-date")).toEqual([
      {
        "file": "content/theory/chinese-date.md",
        "line": 4,
        "field": "date",
        "found": "\"2026年11月28日\"",
        "expected": "真实存在的日期 YYYY-MM-DD / a real calendar date YYYY-MM-DD",
        "fix": "用阿拉伯数字和连字符，不写“年月日”：写成 2026-11-28 / write 2026-11-28"
      }
    ]);
  });

  test("asks for two-digit months and days", () => {
    expect(problemsOf("short-date")).toEqual([
      {
        "file": "content/theory/short-date.md",
        "line": 4,
        "field": "date",
        "found": "\"2026-9-8\"",
        "expected": "真实存在的日期 YYYY-MM-DD / a real calendar date YYYY-MM-DD",
        "fix": "月和日都写两位数字：写成 2026-09-08 / write 2026-09-08"
      }
    ]);
  });

  test("asks for https:// when a link names another site without it", () => {
    expect(problemsOf("link-without-scheme")).toEqual([
      {
        "file": "content/theory/no-scheme.md",
        "line": 11,
        "field": "正文链接 body link",
        "found": "\"www.example.com/dangzhang\"",
        "expected": "外部网址以 https:// 开头 / an outside address starts with https://",
        "fix": "补上 https://，写作 https://www.example.com/dangzhang / add the scheme: https://www.example.com/dangzhang"
      }
    ]);
  });

  test("reports a body heading that repeats the title", () => {
    expect(problemsOf("title-heading")).toEqual([
      {
        "file": "content/theory/title-heading.md",
        "line": 9,
        "field": "正文标题 body heading",
        "found": "\"# 测试理论学习\"",
        "expected": "正文不再重复标题（页面已用 title 作一级标题）/ the body does not repeat the title (the page shows it already)",
        "fix": "删掉这一行 / delete this line"
      }
    ]);
  });

  test("warns about each outside image, embed and inline style, with its line (the build still passes)", () => {
    expect(problemsOf("outside-resources")).toEqual([
      {
        "file": "content/theory/outside-embed.mdx",
        "line": 13,
        "field": "正文外部网页 outside embed",
        "found": "<iframe src=\"https://video.example.com/embed/456\" title=\"专题片第二集\">",
        "expected": "本站的文件或链接 / a file of this site, or a plain link",
        "fix": "页面上只显示“外部网页”链接卡片，不会加载；可改写为普通链接 [说明](https://video.example.com/embed/456) / the page shows a link card, not the page; write a plain link instead",
        "severity": "warning"
      },
      {
        "file": "content/theory/outside-embed.mdx",
        "line": 15,
        "field": "正文外部图片 outside image",
        "found": "![片头截图](https://img.example.com/piantou.jpg)",
        "expected": "与文章放在一起的图片，例如 ![说明](./photo.jpg) / an image file beside the entry",
        "fix": "运行 npm run localize -- content/theory/outside-embed.mdx 下载图片并改写链接；否则页面上只显示“外部图片”链接卡片 / run npm run localize -- content/theory/outside-embed.mdx to download it; otherwise the page shows a link card",
        "severity": "warning"
      },
      {
        "file": "content/theory/outside-media.md",
        "line": 13,
        "field": "正文外部图片 outside image",
        "found": "![会场全景](https://img.example.com/huichang.jpg)",
        "expected": "与文章放在一起的图片，例如 ![说明](./photo.jpg) / an image file beside the entry",
        "fix": "运行 npm run localize -- content/theory/outside-media.md 下载图片并改写链接；否则页面上只显示“外部图片”链接卡片 / run npm run localize -- content/theory/outside-media.md to download it; otherwise the page shows a link card",
        "severity": "warning"
      },
      {
        "file": "content/theory/outside-media.md",
        "line": 15,
        "field": "正文外部网页 outside embed",
        "found": "<iframe src=\"https://video.example.com/embed/123\" title=\"专题片第一集\">",
        "expected": "本站的文件或链接 / a file of this site, or a plain link",
        "fix": "页面上只显示“外部网页”链接卡片，不会加载；可改写为普通链接 [说明](https://video.example.com/embed/123) / the page shows a link card, not the page; write a plain link instead",
        "severity": "warning"
      },
      {
        "file": "content/theory/outside-media.md",
        "line": 17,
        "field": "正文 HTML body HTML",
        "found": "<p style=\"color: red\">",
        "expected": "不带 style= 的内容（网站的安全策略会忽略行内样式）/ no inline style= (the site’s security policy ignores it)",
        "fix": "删掉 style=\"…\"；需要强调时用 **加粗** 或小标题 / remove style=\"…\"; use **bold** or a heading for emphasis",
        "severity": "warning"
      },
      {
        "file": "content/theory/outside-media.md",
        "line": 19,
        "field": "正文外部图片 outside image",
        "found": "<img src=\"//cdn.example.net/heying.png\" alt=\"支部党员会后合影\">",
        "expected": "与文章放在一起的图片，例如 ![说明](./photo.jpg) / an image file beside the entry",
        "fix": "运行 npm run localize -- content/theory/outside-media.md 下载图片并改写链接；否则页面上只显示“外部图片”链接卡片 / run npm run localize -- content/theory/outside-media.md to download it; otherwise the page shows a link card",
        "severity": "warning"
      }
    ]);
  });
  test('reports an .mdx compile error with its line and how to escape it', () => {
    expect(problemsOf('mdx-compile')).toEqual([
      {
        file: 'content/theory/mdx-angle.mdx',
        line: 11,
        field: '正文 MDX body (.mdx)',
        found: '<目标用户名> 没有结束标签：.mdx 把 < 当作组件的开始（第 10 列） / Expected a closing tag for `<目标用户名>` (11:10) before the end of `paragraph` (mdx-jsx:unexpected-character)',
        expected: '.mdx 中普通文字里的 < 和 { 要转义 / in .mdx, a plain < or { must be escaped',
        fix: '把 < 写成 &lt;，把 { 写成 \\{；不用组件的文章请另存为 .md / write &lt; for < and \\{ for {, or save the file as .md if it uses no components',
      },
    ]);
  });
});
