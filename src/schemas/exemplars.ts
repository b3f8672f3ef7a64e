import { z } from 'astro/zod';
import { commonFields, dateField } from './fields.ts';

/** Whether the honoured subject is one person or a collective. */
export const EXEMPLAR_KINDS = ['个人', '集体'] as const;

/**
 * 先进典型 — stories of exemplary people and collectives.
 * `image` is Astro's image helper in the build and a path check in the content checker.
 */
export const exemplarSchema = <I extends z.ZodType>(image: () => I) =>
  z.object({
    ...commonFields,
    /** 典型对象：个人姓名或集体名称。 */
    subject: z.string().trim().min(1).max(40),
    /** 类别：个人 或 集体。 */
    kind: z.enum(EXEMPLAR_KINDS),
    /** 荣誉称号，例如“优秀共产党员”。 */
    honour: z.string().trim().min(1),
    /** 授予单位。 */
    awardedBy: z.string().trim().min(1),
    /** 授予日期，格式 YYYY-MM-DD。 */
    awardedOn: dateField,
    /** 所在单位或支部。 */
    unit: z.string().trim().min(1),
    /** 照片（可选）：src 为与文章放在一起的图片文件，alt 为必填的图片说明。 */
    portrait: z
      .object({
        /** 图片文件的相对路径，例如 ./zhang-wei.jpg。 */
        src: image(),
        /** 图片说明：写清照片里是谁、在做什么，供读屏软件朗读。 */
        alt: z.string().trim().min(1),
      })
      .optional(),
    /** 发布日期（可选）：不填时使用授予日期。 */
    date: dateField.optional(),
  });

export type ExemplarData = z.output<ReturnType<typeof exemplarSchema<z.ZodType<unknown>>>>;
