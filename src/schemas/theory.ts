import { z } from 'astro/zod';
import { commonFields, dateField, hoursField, labelList } from './fields.ts';

/** Fixed list of the ways a theory study session is held. */
export const THEORY_FORMATS = ['中心组学习', '三会一课', '专题党课', '主题党日', '网络学习', '自学'] as const;

/** 理论学习 — study material and records of theory study sessions. */
export const theorySchema = z.object({
  ...commonFields,
  /** 日期：学习或发布日期，格式 YYYY-MM-DD。 */
  date: dateField,
  /** 学习形式：中心组学习、三会一课、专题党课、主题党日、网络学习、自学 之一。 */
  format: z.enum(THEORY_FORMATS),
  /** 学习专题：至少一个，例如“党章党规”“作风建设”。 */
  topics: labelList.pipe(z.array(z.string()).min(1)),
  /** 主讲人或作者（可选）。 */
  speaker: z.string().trim().min(1).optional(),
  /** 来源（可选）：材料出处或组织单位。 */
  source: z.string().trim().min(1).optional(),
  /** 学时（可选）：0.5 的倍数；不填时按篇幅折算。 */
  hours: hoursField.optional(),
});

export type TheoryData = z.output<typeof theorySchema>;
