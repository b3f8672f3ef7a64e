import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { theorySchema } from './theory.ts';
import { trainingSchema } from './training.ts';
import { exemplarSchema } from './exemplars.ts';
import { planSchema } from './plans.ts';

const theory = { title: '学习党章', summary: '摘要', date: '2026-03-12', format: '三会一课', topics: ['党章党规'] };
const training = {
  title: '公文写作',
  summary: '摘要',
  date: '2026-03-12',
  type: '专题讲座',
  organiser: '机关党委',
  location: '会议室',
  lecturer: '张老师',
  participants: 30,
  hours: 2,
};
const exemplar = {
  title: '典型',
  summary: '摘要',
  subject: '某人',
  kind: '个人',
  honour: '优秀共产党员',
  awardedBy: '工委',
  awardedOn: '2026-06-28',
  unit: '支部',
};
const plan = {
  title: '计划',
  summary: '摘要',
  period: '2026-12',
  audience: '全体党员',
  date: '2026-11-20',
  items: [{ theory: 'a', requirement: '必学', due: '2026-12-10' }],
};
const exemplars = exemplarSchema(() => z.string());
const plans = planSchema(() => z.string());
const codes = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

describe('theorySchema', () => {
  test('accepts a minimal entry and fills defaults', () => {
    const data = theorySchema.parse(theory);
    expect(data.date).toEqual(new Date(Date.UTC(2026, 2, 12)));
    expect(data.tags).toEqual([]);
    expect(data.draft).toBe(false);
  });
  test('accepts a date that YAML already turned into a Date', () => {
    expect(theorySchema.parse({ ...theory, date: new Date('2026-03-12') }).date.toISOString()).toBe('2026-03-12T00:00:00.000Z');
  });
  test('turns a single tag or topic into a list', () => {
    const data = theorySchema.parse({ ...theory, tags: '党章党规', topics: '作风建设' });
    expect(data.tags).toEqual(['党章党规']);
    expect(data.topics).toEqual(['作风建设']);
  });
  test('refuses a format outside the list', () => {
    expect(theorySchema.safeParse({ ...theory, format: '读书会' }).success).toBe(false);
  });
  test('refuses hours that are not a multiple of 0.5', () => {
    expect(codes(theorySchema.safeParse({ ...theory, hours: 1.2 }))).toEqual(['hours:hours:step']);
    expect(theorySchema.parse({ ...theory, hours: 1.5 }).hours).toBe(1.5);
  });
  test('refuses an impossible date', () => {
    // A day that does not exist in its month must not roll over into the next one.
    expect(codes(theorySchema.safeParse({ ...theory, date: '2026-02-30' }))).toEqual(['date:date:invalid']);
    expect(codes(theorySchema.safeParse({ ...theory, date: '2026-04-31' }))).toEqual(['date:date:invalid']);
    expect(codes(theorySchema.safeParse({ ...theory, date: '2026-13-01' }))).toEqual(['date:date:invalid']);
    expect(theorySchema.safeParse({ ...theory, date: '2028-02-29' }).success).toBe(true);
  });
  test('refuses an id that is not lowercase ASCII', () => {
    expect(codes(theorySchema.safeParse({ ...theory, id: 'Dang Zhang' }))).toEqual(['id:id:pattern']);
  });
  test('refuses an empty topic list', () => {
    expect(theorySchema.safeParse({ ...theory, topics: [] }).success).toBe(false);
  });
});

describe('trainingSchema', () => {
  test('accepts a record with attachments', () => {
    const data = trainingSchema.parse({ ...training, attachments: [{ title: '讲义', file: '/attachments/a.pdf' }] });
    expect(data.attachments).toHaveLength(1);
  });
  test('refuses an end date before the start', () => {
    expect(codes(trainingSchema.safeParse({ ...training, endDate: '2026-03-11' }))).toEqual(['endDate:endDate:before-start']);
  });
  test('refuses a fractional number of participants', () => {
    expect(trainingSchema.safeParse({ ...training, participants: 2.5 }).success).toBe(false);
  });
  test('refuses an attachment outside /attachments/', () => {
    expect(codes(trainingSchema.safeParse({ ...training, attachments: [{ title: '讲义', file: 'http://x/a.pdf' }] }))).toEqual([
      'attachments.0.file:attachment:path',
    ]);
  });
});

describe('exemplarSchema', () => {
  test('accepts a collective without a portrait', () => {
    expect(exemplars.parse({ ...exemplar, kind: '集体' }).kind).toBe('集体');
  });
  test('requires alt text with a portrait', () => {
    expect(exemplars.safeParse({ ...exemplar, portrait: { src: './a.png' } }).success).toBe(false);
    expect(exemplars.safeParse({ ...exemplar, portrait: { src: './a.png', alt: '  ' } }).success).toBe(false);
    expect(exemplars.safeParse({ ...exemplar, portrait: { src: './a.png', alt: '照片' } }).success).toBe(true);
  });
});

describe('planSchema', () => {
  test.each(['2026-12', '2026-Q4', '2026'])('accepts the period %s', (period) => {
    expect(plans.parse({ ...plan, period }).period).toBe(period);
  });
  test('accepts a year that YAML read as a number', () => {
    expect(plans.parse({ ...plan, period: 2026 }).period).toBe('2026');
  });
  test.each(['2026-13', '2026-q4', '26-Q1', '2026-Q5'])('refuses the period %s', (period) => {
    expect(plans.safeParse({ ...plan, period }).success).toBe(false);
  });
  test('refuses an item naming two targets or none', () => {
    expect(codes(plans.safeParse({ ...plan, items: [{ theory: 'a', training: 'b', requirement: '必学', due: '2026-12-01' }] }))).toEqual([
      'items.0:item:one-target',
    ]);
    expect(codes(plans.safeParse({ ...plan, items: [{ requirement: '必学', due: '2026-12-01' }] }))).toEqual(['items.0:item:one-target']);
  });
  test('refuses a requirement other than 必学 or 选学', () => {
    expect(plans.safeParse({ ...plan, items: [{ theory: 'a', requirement: '必修', due: '2026-12-01' }] }).success).toBe(false);
  });
});
