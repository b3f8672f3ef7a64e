import { z } from 'astro/zod';
import { commonFields, dateField, hoursField } from './fields.ts';

/** Fixed list of training types. */
export const TRAINING_TYPES = ['内部交流', '传帮带', '联合党课', '技能竞赛', '外出观摩', '专题讲座'] as const;

/** One file offered for download with a training record. */
export const attachmentSchema = z.object({
  /** 附件名称，例如“培训讲义”。 */
  title: z.string().trim().min(1),
  /** 文件路径：放在 public/attachments/ 下，写作 /attachments/文件名。 */
  file: z.string().regex(/^\/attachments\/[A-Za-z0-9._/-]+$/, { message: 'attachment:path' }),
});

/** 业务培训 — records of training sessions. */
export const trainingSchema = z
  .object({
    ...commonFields,
    /** 培训日期（开始日期），格式 YYYY-MM-DD。 */
    date: dateField,
    /** 结束日期（可选）：多日培训填写，不能早于开始日期。 */
    endDate: dateField.optional(),
    /** 培训类型：内部交流、传帮带、联合党课、技能竞赛、外出观摩、专题讲座 之一。 */
    type: z.enum(TRAINING_TYPES),
    /** 组织单位。 */
    organiser: z.string().trim().min(1),
    /** 培训地点。 */
    location: z.string().trim().min(1),
    /** 主讲人。 */
    lecturer: z.string().trim().min(1),
    /** 参训人数：正整数。 */
    participants: z.number().int().positive(),
    /** 学时：0.5 的倍数。 */
    hours: hoursField,
    /** 附件（可选）：讲义、课件等，每项包括 title 和 file。 */
    attachments: z.array(attachmentSchema).default([]),
  })
  .refine((d) => !d.endDate || d.endDate.getTime() >= d.date.getTime(), {
    message: 'endDate:before-start',
    path: ['endDate'],
  });

export type TrainingData = z.output<typeof trainingSchema>;
