import { describe, expect, test } from 'vitest';
import { IMAGE_ALT_TODO, entryFacts, placeImages, titleFromFileName, withoutRepeatedFacts } from './import-entry.ts';
import type { ConvertedDocument, WordImage } from './docx-to-markdown.ts';

const doc = (over: Partial<ConvertedDocument>): ConvertedDocument => ({ markdown: '', images: [], paragraphs: [], ...over });

describe('entryFacts', () => {
  test('uses the document title and date, and the format the title names', () => {
    expect(entryFacts(doc({ title: '中心组学习纪要', paragraphs: ['二〇二六年六月十八日开展学习。'] }), 'x.docx', 'theory')).toEqual({
      title: '中心组学习纪要',
      date: '2026-06-18',
      found: { format: '中心组学习' },
      notFound: [],
    });
  });
  test('falls back to the file name and reports the title, type and date as not found', () => {
    expect(entryFacts(doc({ paragraphs: ['请各支部组织学习。'] }), '/tmp/下载/关于开展学习的通知.docx', 'training')).toEqual({
      title: '关于开展学习的通知',
      found: {},
      notFound: ['title', 'type', 'date'],
    });
  });
  test('cuts a title longer than the schema allows', () => {
    const facts = entryFacts(doc({ title: '长'.repeat(90) }), 'a.docx', 'theory');
    expect([...facts.title]).toHaveLength(80);
    expect(facts.notFound).toContain('title');
  });
  test('for an exemplar: the fields the text states, the document date as the publication date', () => {
    const facts = entryFacts(
      doc({ title: '韩知远同志先进事迹材料', paragraphs: ['所在单位：市数据局', '荣誉称号：优秀共产党员', '2026年5月12日'] }),
      'a.docx',
      'exemplars',
    );
    expect(facts.found).toEqual({ subject: '韩知远', kind: '个人', unit: '市数据局', honour: '优秀共产党员', date: '2026-05-12' });
    expect(facts.notFound).toEqual(['awardedOn']);
  });
});

describe('titleFromFileName', () => {
  test('drops folders and the extension', () => {
    expect(titleFromFileName('C:\\文件\\学习_通知.docx')).toBe('学习 通知');
  });
});

const png = (alt?: string): WordImage => ({ contentType: 'image/png', data: Buffer.from('png'), ...(alt ? { alt } : {}) });

describe('placeImages', () => {
  test('names pictures after the entry and keeps Word alt text, else writes a 待填写 description', () => {
    const placed = placeImages(
      '![a](word-image:1)\n\n文字\n\n![](word-image:2)',
      [png('支部书记讲党课'), png('图片 2')],
      'zhang-wei',
      false,
    );
    expect(placed.body).toBe(`![支部书记讲党课](./zhang-wei-1.png)\n\n文字\n\n![${IMAGE_ALT_TODO}](./zhang-wei-2.png)\n`);
    expect(placed.files.map((f) => f.name)).toEqual(['zhang-wei-1.png', 'zhang-wei-2.png']);
    expect(placed.portrait).toEqual({});
  });
  test('makes the first picture the portrait when asked, out of the body', () => {
    const placed = placeImages(
      '![](word-image:1)\n\n文字\n\n![](word-image:2)',
      [{ contentType: 'image/jpeg', data: Buffer.from('j') }, png('会场')],
      'zhang-wei',
      true,
    );
    expect(placed.portrait).toEqual({ 'portrait.src': './zhang-wei.jpg', 'portrait.alt': IMAGE_ALT_TODO });
    expect(placed.body).toBe('文字\n\n![会场](./zhang-wei-1.png)\n');
    expect(placed.files.map((f) => f.name)).toEqual(['zhang-wei.jpg', 'zhang-wei-1.png']);
  });
  test('leaves out pictures the site cannot show and says which', () => {
    const placed = placeImages('前\n\n![](word-image:1)\n\n后', [{ contentType: 'image/x-emf', data: Buffer.from('e') }], 'a', false);
    expect(placed).toMatchObject({ body: '前\n\n后\n', files: [], skipped: ['image/x-emf'] });
  });
});

describe('withoutRepeatedFacts', () => {
  test('leaves out the labelled lines the exemplar card shows, keeps the rest', () => {
    const body = '姓名：韩知远\n\n所在单位：市数据局\n\n工作单位：另一个单位\n\n韩知远，男，1988年生。';
    expect(withoutRepeatedFacts(body, { subject: '韩知远', unit: '市数据局' })).toBe('工作单位：另一个单位\n\n韩知远，男，1988年生。');
  });
});
