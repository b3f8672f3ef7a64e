import { describe, expect, test } from 'vitest';
import { collectionSchemaNames, schemaFieldDocs } from './field-docs.ts';
import { readFileSync } from 'node:fs';

const fields = {
  path: 'src/schemas/fields.ts',
  text: `
export const commonFields = {
  /** 标题。 */
  title: z.string(),
  /** 标签。 */
  tags: labelList.default([]),
};`,
};

const source = (text: string) => [fields, { path: 'src/schemas/x.ts', text }];

describe('schemaFieldDocs', () => {
  test('reads each field with its JSDoc, following a spread of shared fields', () => {
    const docs = schemaFieldDocs(source(`export const xSchema = z.object({\n  ...commonFields,\n  /** 日期。 */\n  date: dateField,\n});`), 'xSchema');
    expect(docs).toEqual([
      { name: 'title', required: true, description: '标题。' },
      { name: 'tags', required: false, description: '标签。' },
      { name: 'date', required: true, description: '日期。' },
    ]);
  });

  test('marks a field optional only by its own outermost .optional() or .default()', () => {
    const docs = schemaFieldDocs(
      source(`export const xSchema = z.object({
        /** 列表。 */
        items: z.array(z.object({
          /** 可选的目标。 */
          theory: ref('theory').optional(),
        }).refine((i) => true)).min(1),
        /** 学时。 */
        hours: hoursField.optional(),
      });`),
      'xSchema',
    );
    expect(docs.map((d) => [d.name, d.required])).toEqual([
      ['items', true],
      ['items[].theory', false],
      ['hours', false],
    ]);
  });

  test('names nested fields of groups and of lists, through named sub-schemas and schema functions', () => {
    const docs = schemaFieldDocs(
      source(`
        export const partSchema = z.object({
          /** 名称。 */
          title: z.string(),
        });
        export const xSchema = <I extends z.ZodType>(image: () => I) =>
          z.object({
            /** 照片。 */
            portrait: z.object({
              /** 图片。 */
              src: image(),
            }).optional(),
            /** 附件。 */
            attachments: z.array(partSchema).default([]),
          }).refine(() => true);`),
      'xSchema',
    );
    expect(docs.map((d) => d.name)).toEqual(['portrait', 'portrait.src', 'attachments', 'attachments[].title']);
  });

  test('joins a JSDoc written over several lines', () => {
    const docs = schemaFieldDocs(source(`export const xSchema = z.object({\n  /**\n   * 第一行，\n   * 第二行。\n   */\n  a: z.string(),\n});`), 'xSchema');
    expect(docs[0]?.description).toBe('第一行，第二行。');
  });

  test('refuses a field without JSDoc, so the guide never shows an empty description', () => {
    expect(() => schemaFieldDocs(source(`export const xSchema = z.object({ a: z.string() });`), 'xSchema')).toThrow(
      "schema field a has no JSDoc comment; every field needs one (it becomes the editors' guide)",
    );
  });
});

describe('collectionSchemaNames', () => {
  test('reads the schema of every collection from the content configuration the build uses', () => {
    const text = readFileSync(new URL('../../content.config.ts', import.meta.url), 'utf8');
    expect(collectionSchemaNames({ path: 'src/content.config.ts', text })).toEqual({
      theory: 'theorySchema',
      exemplars: 'exemplarSchema',
      training: 'trainingSchema',
      plans: 'planSchema',
    });
  });
  test('finds the schema inside a call or a function (exemplars take image(), plans take reference())', () => {
    const text = `export const collections = {\n  a: defineCollection({ schema: dev('a', aSchema) }),\n  b: defineCollection({ schema: ({ image }) => bSchema(image) }),\n  c: defineCollection({ loader }),\n};`;
    expect(collectionSchemaNames({ path: 'x.ts', text })).toEqual({ a: 'aSchema', b: 'bSchema' });
  });
});

