import type { z } from 'astro/zod';
import { type ContentProblem, showValue } from '../lib/content/problem.ts';
import { lineOfField } from '../lib/content/front-matter.ts';

const TYPE_NAMES: Record<string, string> = {
  string: '文字 text',
  number: '数字 number',
  boolean: 'true 或 false / true or false',
  array: '列表 list, e.g. [a, b]',
  object: '一组字段 a group of fields',
  date: '日期 YYYY-MM-DD / a date YYYY-MM-DD',
};

const DATE_FIELDS = new Set(['date', 'endDate', 'awardedOn', 'due', 'updated']);

/** Messages for the codes our schemas raise themselves (see fields.ts and the collection schemas). */
const CUSTOM: Record<string, { expected: string; fix: string }> = {
  'date:invalid': {
    expected: '真实存在的日期 YYYY-MM-DD / a real calendar date YYYY-MM-DD',
    fix: '检查年月日，例如 2026-02-28（2 月没有 30 日）/ check year, month and day, e.g. 2026-02-28',
  },
  'hours:step': {
    expected: '0.5 的倍数，例如 1、1.5、2 / a multiple of 0.5',
    fix: '把学时改为 0.5 的倍数 / round the hours to a multiple of 0.5',
  },
  'id:pattern': {
    expected: '小写英文字母、数字和连字符 / lowercase ASCII letters, digits and hyphens',
    fix: '例如 id: 2026-03-dangzhang-xuexi / e.g. id: 2026-03-dangzhang-xuexi',
  },
  'period:pattern': {
    expected: '月份 2026-12、季度 2026-Q4 或年度 2026 / a month 2026-12, a quarter 2026-Q4 or a year 2026',
    fix: '改为其中一种写法，季度用大写 Q / use one of these forms, with a capital Q for quarters',
  },
  'attachment:path': {
    expected: '/attachments/ 开头的文件路径，文件名用英文 / a path starting with /attachments/ (ASCII file name)',
    fix: '把文件放进 public/attachments/，写作 /attachments/文件名 / put the file in public/attachments/ and write /attachments/<name>',
  },
  'endDate:before-start': {
    expected: '不早于开始日期 date / not before the start date',
    fix: '检查 date 和 endDate 是否写反 / check whether date and endDate are swapped',
  },
  'item:one-target': {
    expected: '每项只写 theory、exemplars、training 中的一个 / exactly one of theory, exemplars, training per item',
    fix: '例如 “- theory: 2026-03-dangzhang-xuexi” / e.g. "- theory: 2026-03-dangzhang-xuexi"',
  },
};

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describe(issue: z.core.$ZodIssue, field: string, found: unknown): { expected: string; fix: string } {
  const leaf = String(issue.path[issue.path.length - 1] ?? field);
  if (issue.code === 'custom' && CUSTOM[issue.message]) return CUSTOM[issue.message]!;
  if (issue.code === 'invalid_format' && CUSTOM[issue.message]) return CUSTOM[issue.message]!;
  if (found === undefined) {
    const parent = issue.path.length > 1 ? issue.path.slice(0, -1).map(String).join('.') : undefined;
    return {
      expected: '必填字段 / a required field',
      fix: parent
        ? `在 ${parent} 下加一行 ${leaf}: …（可参考 content/README.md）/ add a line "${leaf}: …" under ${parent} (see content/README.md)`
        : `加上一行 ${leaf}: …（可参考 content/README.md）/ add a line "${leaf}: …" (see content/README.md)`,
    };
  }
  if (DATE_FIELDS.has(leaf)) return CUSTOM['date:invalid']!;
  switch (issue.code) {
    case 'invalid_type':
      return {
        expected: TYPE_NAMES[issue.expected] ?? issue.expected,
        fix:
          issue.expected === 'number'
            ? `写成不带引号的数字，例如 ${leaf}: 2 / write a plain number without quotes`
            : `把 ${leaf} 改为 ${TYPE_NAMES[issue.expected] ?? issue.expected} / change ${leaf} to ${issue.expected}`,
      };
    case 'invalid_value':
      return {
        expected: `以下之一 one of: ${issue.values.map(String).join(' / ')}`,
        fix: `把 ${leaf} 改为列表中的一个值（照抄，不要加空格）/ copy one of the listed values exactly`,
      };
    case 'too_small':
      if (issue.origin === 'string') return { expected: '不能为空 / must not be empty', fix: `填写 ${leaf} / fill in ${leaf}` };
      if (issue.origin === 'array')
        return { expected: `至少 ${String(issue.minimum)} 项 / at least ${String(issue.minimum)} item(s)`, fix: `在 ${leaf} 下至少写 ${String(issue.minimum)} 项 / add items` };
      return { expected: `大于 ${String(issue.minimum)} / greater than ${String(issue.minimum)}`, fix: `改为正数 / use a positive number` };
    case 'too_big':
      if (issue.origin === 'string')
        return { expected: `不超过 ${String(issue.maximum)} 个字 / at most ${String(issue.maximum)} characters`, fix: '缩短文字 / shorten it' };
      return { expected: `不超过 ${String(issue.maximum)} / at most ${String(issue.maximum)}`, fix: '检查数值 / check the number' };
    case 'invalid_union':
      return { expected: '见 content/README.md 中该字段的说明 / see this field in content/README.md', fix: `按说明改写 ${leaf} / rewrite ${leaf} as documented` };
    default:
      return { expected: issue.message, fix: `检查 ${leaf} / check ${leaf}` };
  }
}

/** Turns zod issues for one entry into problems an editor can act on. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: Record<string, unknown>,
  file: string,
  lines: string[],
): ContentProblem[] {
  return issues.map((issue) => {
    const field = pathText(issue.path) || '(front matter)';
    const found = issue.path.length ? valueAt(data, issue.path) : data;
    const top = issue.path[0];
    return {
      file,
      line: typeof top === 'string' ? lineOfField(lines, top) : undefined,
      field,
      found: showValue(found),
      ...describe(issue, field, found),
    };
  });
}
