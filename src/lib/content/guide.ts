import type { FieldDoc } from './field-docs.ts';
import { type ContentProblem, formatProblem } from './problem.ts';

/** The malformed fixtures in `tests/fixtures/content/`, each with the heading it gets in the guide's 常见错误. */
export const MISTAKES: readonly { fixture: string; title: string }[] = [
  { fixture: 'missing-field', title: '缺少必填字段' },
  { fixture: 'unknown-field', title: '字段名写错：portait、sumary、tag' },
  { fixture: 'wrong-type', title: '类型不对：数字写成了文字' },
  { fixture: 'impossible-date', title: '日期不存在' },
  { fixture: 'chinese-date', title: '日期写成了“2026年11月28日”' },
  { fixture: 'short-date', title: '日期的月或日只写了一位' },
  { fixture: 'outside-list', title: '取值不在固定列表中' },
  { fixture: 'broken-yaml', title: 'YAML 格式错误：值里有冒号' },
  { fixture: 'yaml-full-width-colon', title: 'YAML 格式错误：全角冒号“：”' },
  { fixture: 'yaml-unclosed-quote', title: 'YAML 格式错误：引号没有配对' },
  { fixture: 'yaml-tab', title: 'YAML 格式错误：用 Tab 缩进' },
  { fixture: 'empty-file', title: '空文件' },
  { fixture: 'non-ascii-name', title: '文件名是中文，又没有写 id' },
  { fixture: 'bad-id', title: 'id 含大写字母、空格或中文' },
  { fixture: 'reserved-id', title: '文件名和列表页冲突' },
  { fixture: 'duplicate-id', title: '两篇文章的 id 相同' },
  { fixture: 'missing-image', title: '照片文件找不到' },
  { fixture: 'missing-alt', title: '照片缺少说明文字 alt' },
  { fixture: 'missing-body-image', title: '正文里的图片找不到' },
  { fixture: 'missing-body-alt', title: '正文里的图片没有说明文字' },
  { fixture: 'placeholder-alt', title: '图片说明还是“待填写”（从 Word 导入后）' },
  { fixture: 'missing-attachment', title: '附件文件找不到' },
  { fixture: 'bad-plan-reference', title: '学习计划指向不存在的条目' },
  { fixture: 'plan-item-key', title: '学习计划的栏目名写错（exemplar 少了 s）' },
  { fixture: 'draft-plan-reference', title: '学习计划指向草稿' },
  { fixture: 'broken-link', title: '正文里的站内链接指向不存在的页面' },
  { fixture: 'link-without-scheme', title: '外部链接漏写了 https://' },
  { fixture: 'title-heading', title: '正文第一行重复了标题' },
  { fixture: 'mdx-compile', title: '.mdx 文件里的 < 或 {' },
  { fixture: 'outside-resources', title: '引用其他网站的图片、视频或网页（提醒）' },
];

/** Text for a Markdown table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A Markdown table of a collection's fields: name, 必填/可选, description. */
export function fieldTable(fields: readonly FieldDoc[]): string {
  return [
    '| 字段 | 必填 | 说明 |',
    '| --- | --- | --- |',
    ...fields.map((f) => `| \`${f.name}\` | ${f.required ? '必填' : '可选'} | ${cell(f.description)} |`),
  ].join('\n');
}

/** The 常见错误 examples: one heading per mistake, with the checker's exact message. */
export function mistakeExamples(mistakes: readonly { title: string; problems: readonly ContentProblem[] }[]): string {
  return mistakes
    .map(({ title, problems }) => [`### ${title}`, '', '```text', ...problems.map(formatProblem), '```'].join('\n'))
    .join('\n\n');
}

/**
 * Replaces what sits between `<!-- name:start -->` and `<!-- name:end -->` with `content`,
 * leaving the hand-written text around it alone.
 */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`content/README.md 缺少标记 ${start} … ${end} / markers missing`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
