import { z } from 'astro/zod';
import { ID_PATTERN } from './entry-key.ts';

/** Stable, URL-safe entry id: lowercase ASCII letters, digits and single hyphens. */
export { ID_PATTERN };

/** Checks that a year, month and day name a day that exists on the calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written as `YYYY-MM-DD`. YAML parsers may hand us a Date already
 * (Astro does); the content checker keeps the text so impossible dates such as
 * 2026-02-30 are caught instead of silently rolling over into March.
 */
export const dateField = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'date:invalid', input: value });
      return z.NEVER;
    }
    return value;
  }
  const m = DATE_TEXT.exec(value.trim());
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.addIssue({ code: 'custom', message: 'date:invalid', input: value });
    return z.NEVER;
  }
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
});

/** A list of short labels; a single value is accepted and turned into a list of one. */
export const labelList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));

/** Study hours (学时): a positive number in steps of 0.5. */
export const hoursField = z
  .number()
  .positive()
  .max(200)
  .refine((n) => Number.isInteger(n * 2), { message: 'hours:step' });

/** Fields every entry shares. */
export const commonFields = {
  /** 条目标识：小写英文字母、数字和连字符，默认取文件名；文件名含中文时必须填写。发布后不要修改，阅读记录依赖它。 */
  id: z.string().regex(ID_PATTERN, { message: 'id:pattern' }).optional(),
  /** 标题：显示在列表、页面标题和搜索结果中。 */
  title: z.string().trim().min(1).max(80),
  /** 摘要：一两句话，显示在列表和搜索结果中。 */
  summary: z.string().trim().min(1).max(300),
  /** 标签：用于归类和“相关内容”，可以写多个。 */
  tags: labelList.default([]),
  /** 草稿：为 true 时只在本地预览中显示，不会发布。 */
  draft: z.boolean().default(false),
  /** 站内搜索：默认 true；设为 false 时本篇不出现在搜索结果中（页面仍可访问）。 */
  search: z.boolean().default(true),
  /** 最后更新日期：内容修改后填写，显示为“最后更新”。 */
  updated: dateField.optional(),
};
