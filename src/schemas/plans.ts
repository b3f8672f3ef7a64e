import { z } from 'astro/zod';
import { commonFields, dateField } from './fields.ts';

/** Whether a plan item must be read (必学) or may be read (选学). */
export const REQUIREMENTS = ['必学', '选学'] as const;

/** The collections a plan item may point at. */
export const PLAN_ITEM_COLLECTIONS = ['theory', 'exemplars', 'training'] as const;
export type PlanItemCollection = (typeof PLAN_ITEM_COLLECTIONS)[number];

/** A month `2026-12`, a quarter `2026-Q4` or a year `2026`. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/**
 * 学习计划 — a period's reading list. `ref` is Astro's `reference()` in the build and
 * a plain id check in the content checker, so the same schema serves both.
 */
export const planSchema = <R extends z.ZodType>(ref: (collection: PlanItemCollection) => R) =>
  z.object({
    ...commonFields,
    /** 计划周期：月份 2026-12、季度 2026-Q4 或年度 2026。 */
    period: z
      .union([z.string(), z.number().int()])
      .transform((v) => String(v).trim())
      .pipe(z.string().regex(PERIOD_PATTERN, { message: 'period:pattern' })),
    /** 学习对象，例如“全体党员”“新入职干部”。 */
    audience: z.string().trim().min(1),
    /** 发布日期，格式 YYYY-MM-DD。 */
    date: dateField,
    /** 计划条目：每项写 theory、exemplars 或 training 之一（填条目标识），以及 requirement 和 due。 */
    items: z
      .array(
        z
          .object({
            /** 理论学习条目的标识。 */
            theory: ref('theory').optional(),
            /** 先进典型条目的标识。 */
            exemplars: ref('exemplars').optional(),
            /** 业务培训条目的标识。 */
            training: ref('training').optional(),
            /** 要求：必学 或 选学。 */
            requirement: z.enum(REQUIREMENTS),
            /** 完成期限，格式 YYYY-MM-DD。 */
            due: dateField,
          })
          .refine((item) => PLAN_ITEM_COLLECTIONS.filter((c) => item[c] !== undefined).length === 1, { message: 'item:one-target' }),
      )
      .min(1),
  });
