import { describe, expect, test } from 'vitest';
import { datesIn, documentDate, exemplarFacts, kindFromTitle } from './document-facts.ts';

describe('datesIn', () => {
  test('reads days written in figures and in Chinese numerals', () => {
    expect(datesIn('2026年5月12日召开，二〇二六年六月十八日总结')).toEqual(['2026-05-12', '2026-06-18']);
    expect(datesIn('2026 年 12 月 1 日')).toEqual(['2026-12-01']);
    expect(datesIn('二〇二六年十二月三十一日')).toEqual(['2026-12-31']);
  });
  test('skips days that do not exist and dates without a day', () => {
    expect(datesIn('2026年2月30日')).toEqual([]);
    expect(datesIn('2026年5月')).toEqual([]);
  });
});

describe('documentDate', () => {
  test('prefers the date line under the signature', () => {
    expect(documentDate(['2026年4月28日被授予称号。', '市数据局机关党委', '2026年5月12日'])).toBe('2026-05-12');
  });
  test('otherwise takes the first date the text states', () => {
    expect(documentDate(['二〇二六年六月十八日，中心组开展集体学习。', '7月1日前报送。'])).toBe('2026-06-18');
  });
  test('finds nothing in a text without a date', () => {
    expect(documentDate(['请各支部组织学习。'])).toBeUndefined();
  });
});

describe('exemplarFacts', () => {
  test('reads labelled lines', () => {
    expect(
      exemplarFacts('先进事迹', [
        '姓名：韩知远',
        '所在单位：市数据局数据资源处',
        '荣誉称号：“优秀共产党员”',
        '授予单位：市直机关工委',
        '授予日期：2026年4月28日',
      ]),
    ).toEqual({
      subject: '韩知远',
      kind: '个人',
      unit: '市数据局数据资源处',
      honour: '优秀共产党员',
      awardedBy: '市直机关工委',
      awardedOn: '2026-04-28',
    });
  });
  test('reads a table with the label in one cell and the value in the next', () => {
    expect(exemplarFacts('事迹材料', ['姓名', '许若岚', '工作单位', '市档案馆'])).toMatchObject({ subject: '许若岚', unit: '市档案馆' });
  });
  test('takes the subject from a title such as 某某同志先进事迹材料, and a collective from its name', () => {
    expect(exemplarFacts('宋明川同志先进事迹材料', [])).toEqual({ subject: '宋明川', kind: '个人' });
    expect(exemplarFacts('市档案馆第二党支部先进事迹', [])).toEqual({ subject: '市档案馆第二党支部', kind: '集体' });
  });
  test('reads the honour, who gave it and when from a plain sentence', () => {
    expect(exemplarFacts('事迹', ['他工作认真。2026年3月5日被市直机关工委授予“岗位能手”称号。'])).toEqual({
      honour: '岗位能手',
      awardedBy: '市直机关工委',
      awardedOn: '2026-03-05',
    });
  });
  test('guesses nothing from text that does not say it plainly', () => {
    expect(exemplarFacts('关于开展学习的通知', ['各支部要认真组织学习。'])).toEqual({});
  });
});

describe('kindFromTitle', () => {
  test('names a theory format or a training type the title states', () => {
    expect(kindFromTitle('theory', '局党组理论学习中心组集体学习纪要')).toEqual({ format: '中心组学习' });
    expect(kindFromTitle('theory', '第一党支部党员大会记录')).toEqual({ format: '三会一课' });
    expect(kindFromTitle('theory', '七一专题党课讲稿')).toEqual({ format: '专题党课' });
    expect(kindFromTitle('training', '2026年业务技能比武方案')).toEqual({ type: '技能竞赛' });
    expect(kindFromTitle('training', '公文写作专题讲座通知')).toEqual({ type: '专题讲座' });
  });
  test('finds nothing in a title that does not say', () => {
    expect(kindFromTitle('theory', '关于开展作风建设小事谈的通知')).toEqual({});
  });
});
