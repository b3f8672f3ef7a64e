import type { z } from 'astro/zod';
import { type ContentProblem, fieldLabel, showValue } from './problem.ts';
import { lineOfPath } from './front-matter.ts';
import { PLAN_ITEM_COLLECTIONS } from '../../schemas/plans.ts';

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
};

const DAYS_EXPECTED = '真实存在的日期 YYYY-MM-DD / a real calendar date YYYY-MM-DD';

/** The fix for a date that is not `YYYY-MM-DD` or not on the calendar, fitted to how it was written. */
export function dateFix(found: unknown): { expected: string; fix: string } {
  const text = typeof found === 'string' ? found.trim() : '';
  const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(text);
  const loose = /^(\d{4})\s*[-/.．／]\s*(\d{1,2})\s*[-/.．／]\s*(\d{1,2})$/.exec(text);
  const parts = chinese ?? loose;
  if (parts) {
    const [y, m, d] = [parts[1]!, parts[2]!.padStart(2, '0'), parts[3]!.padStart(2, '0')];
    const month = Number(m);
    const days = month >= 1 && month <= 12 ? new Date(Date.UTC(Number(y), month, 0)).getUTCDate() : 0;
    if (month < 1 || month > 12) {
      return { expected: DAYS_EXPECTED, fix: `月份只能是 01–12，请检查 ${text} / the month must be 01–12` };
    }
    if (Number(d) < 1 || Number(d) > days) {
      return {
        expected: DAYS_EXPECTED,
        fix: `${y} 年 ${month} 月只有 ${days} 天，请检查日期 / ${y}-${m} has ${days} days: check the day`,
      };
    }
    const good = `${y}-${m}-${d}`;
    const why = chinese
      ? '用阿拉伯数字和连字符，不写“年月日”'
      : /[/.．／]/.test(text)
        ? '用连字符 - 分隔'
        : '月和日都写两位数字';
    return { expected: DAYS_EXPECTED, fix: `${why}：写成 ${good} / write ${good}` };
  }
  return { expected: DAYS_EXPECTED, fix: '按 年-月-日 写，例如 2026-03-12 / write year-month-day, e.g. 2026-03-12' };
}

/** The fix for a plan item that names no target, or more than one. */
function itemFix(found: unknown): { expected: string; fix: string } {
  const item = found && typeof found === 'object' ? (found as Record<string, unknown>) : {};
  const named = PLAN_ITEM_COLLECTIONS.filter((c) => item[c] !== undefined);
  const expected = `每项写 ${PLAN_ITEM_COLLECTIONS.join('、')} 中的一个 / exactly one of ${PLAN_ITEM_COLLECTIONS.join(', ')} per item`;
  if (named.length > 1) {
    return { expected, fix: `这一项同时写了 ${named.join(' 和 ')}：拆成两项，每项一个 / split it into one item each` };
  }
  return {
    expected,
    fix: '加一行写明学什么，例如 “- exemplars: zhang-wei”（栏目名照抄：theory、exemplars、training）/ add e.g. "- exemplars: zhang-wei"',
  };
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
  if (issue.code === 'custom' && issue.message === 'date:invalid') return dateFix(found);
  if (issue.code === 'custom' && issue.message === 'item:one-target') return itemFix(found);
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
  if (DATE_FIELDS.has(leaf)) return dateFix(found);
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
    const field = fieldLabel(issue.path) || '(front matter)';
    const found = issue.path.length ? valueAt(data, issue.path) : data;
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return {
      file,
      line: path.length ? lineOfPath(lines, path) : undefined,
      field,
      found: showValue(found),
      ...describe(issue, field, found),
    };
  });
}
