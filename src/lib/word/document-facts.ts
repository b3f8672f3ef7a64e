import { isRealDate } from '../../schemas/fields.ts';
import { THEORY_FORMATS } from '../../schemas/theory.ts';
import { TRAINING_TYPES } from '../../schemas/training.ts';

/** The digits of dates written in Chinese numerals, as official documents sometimes date them. */
const HAN_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十三 → 23, 三十一 → 31. */
function hanNumber(text: string): number {
  if (!text.includes('十'))
    return Number(
      text
        .split('')
        .map((c) => HAN_DIGITS[c] ?? NaN)
        .join(''),
    );
  const [tens, ones] = text.split('十');
  return (tens ? (HAN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (HAN_DIGITS[ones] ?? NaN) : 0);
}

const ARABIC_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const HAN_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

function iso(year: number, month: number, day: number): string | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every real calendar day the text states, `YYYY-MM-DD`, in order: 2026年5月12日, 二〇二六年五月十二日. */
export function datesIn(text: string): string[] {
  const found: { at: number; day: string }[] = [];
  for (const m of text.matchAll(ARABIC_DATE)) {
    const day = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) found.push({ at: m.index, day });
  }
  for (const m of text.matchAll(HAN_DATE)) {
    const year = Number(
      m[1]!
        .split('')
        .map((c) => HAN_DIGITS[c])
        .join(''),
    );
    const day = iso(year, hanNumber(m[2]!), hanNumber(m[3]!));
    if (day) found.push({ at: m.index, day });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.day);
}

/**
 * The document's date: the date line that official documents put under the signature
 * (a paragraph holding nothing but a date; the last such), otherwise the first date the text states.
 */
export function documentDate(paragraphs: readonly string[]): string | undefined {
  const dateLines = paragraphs.filter((p) => {
    const text = p.trim();
    return datesIn(text).length === 1 && text.replace(ARABIC_DATE, '').replace(HAN_DATE, '').trim() === '';
  });
  if (dateLines.length) return datesIn(dateLines[dateLines.length - 1]!)[0];
  for (const p of paragraphs) {
    const first = datesIn(p)[0];
    if (first) return first;
  }
  return undefined;
}

/** What an exemplar's 事迹材料 says plainly about its subject; each field only when found. */
export interface ExemplarFacts {
  subject?: string;
  kind?: '个人' | '集体';
  unit?: string;
  honour?: string;
  awardedBy?: string;
  awardedOn?: string;
}

/** Labels as forms and 事迹材料 write them, `姓名：张伟` or a table with 姓名 in one cell and 张伟 in the next. */
const LABELS: { field: Exclude<keyof ExemplarFacts, 'kind'>; names: string[] }[] = [
  { field: 'subject', names: ['姓名', '典型对象', '集体名称', '先进集体'] },
  { field: 'unit', names: ['所在单位', '工作单位', '单位', '所在支部', '所在党支部', '单位及职务', '单位职务'] },
  { field: 'honour', names: ['荣誉称号', '获得荣誉', '所获荣誉', '荣誉'] },
  { field: 'awardedBy', names: ['授予单位', '授予机关', '表彰单位'] },
  { field: 'awardedOn', names: ['授予日期', '授予时间', '表彰日期', '表彰时间'] },
];

/** Names of collectives end like this; a subject that does is a 集体. */
const COLLECTIVE = /(支部|党组|党委|委员会|中心|窗口|队|组|科|处|室|局|所|站|班|部)$/;

const clean = (s: string) =>
  s
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/[。；;，,]$/, '');

/**
 * Reads the exemplar fields a document states plainly: labelled lines or table cells, a title
 * such as “张伟同志先进事迹材料”, and a sentence such as “2026年3月被市直机关工委授予“优秀共产党员”称号”.
 * Nothing is guessed beyond that; what is not found stays for the editor to fill in.
 */
export function exemplarFacts(title: string, paragraphs: readonly string[]): ExemplarFacts {
  const facts: ExemplarFacts = {};
  const texts = paragraphs.map(clean).filter(Boolean);
  texts.forEach((text, i) => {
    for (const { field, names } of LABELS) {
      if (facts[field]) continue;
      for (const name of names) {
        const labelled = new RegExp(`^${name}\\s*[:：]\\s*(.+)$`).exec(text);
        const value = labelled ? labelled[1] : text === name ? texts[i + 1] : undefined;
        if (!value || value.length > 60) continue;
        facts[field] = field === 'awardedOn' ? datesIn(value)[0] : value.replace(/^[“"]|[”"]$/g, '');
        if (facts[field]) break;
      }
    }
  });
  if (!facts.subject) {
    const named = /^(?:[—-]+\s*记)?(.{2,30}?)(?:同志)?的?(?:先进)?事迹(?:材料)?$/.exec(clean(title));
    if (named) facts.subject = named[1]!.replace(/同志$/, '');
  }
  if (!facts.honour || !facts.awardedBy || !facts.awardedOn) {
    for (const sentence of texts.flatMap((t) => t.split(/(?<=[。；])/))) {
      const m = /被(.{2,30}?)(?:授予|评为|表彰为)\s*[“"]([^”"]{2,30})[”"]/.exec(sentence);
      if (!m) continue;
      facts.awardedBy ??= m[1];
      facts.honour ??= m[2];
      facts.awardedOn ??= datesIn(sentence)[0];
      break;
    }
  }
  for (const key of Object.keys(facts) as (keyof ExemplarFacts)[]) if (facts[key] === undefined) delete facts[key];
  if (facts.subject) facts.kind = COLLECTIVE.test(facts.subject) ? '集体' : '个人';
  return facts;
}

/** Words in a title that name a theory entry's format or a training's type, the schema's own words first. */
const KIND_WORDS = {
  format: [
    ...THEORY_FORMATS.map((v) => [v, v] as const),
    ['中心组', '中心组学习'],
    ['党课', '专题党课'],
    ['党员大会', '三会一课'],
    ['支委会', '三会一课'],
    ['支部委员会', '三会一课'],
    ['党小组会', '三会一课'],
    ['网上学习', '网络学习'],
    ['学习笔记', '自学'],
    ['心得', '自学'],
  ],
  type: [
    ...TRAINING_TYPES.map((v) => [v, v] as const),
    ['竞赛', '技能竞赛'],
    ['比武', '技能竞赛'],
    ['观摩', '外出观摩'],
    ['参观', '外出观摩'],
    ['师带徒', '传帮带'],
    ['讲座', '专题讲座'],
    ['座谈', '内部交流'],
    ['交流', '内部交流'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/**
 * The `format` of a theory entry or the `type` of a training record when the title names it
 * (中心组学习纪要 → 中心组学习, 业务技能比武 → 技能竞赛); empty otherwise.
 */
export function kindFromTitle(collection: 'theory' | 'training', title: string): { format?: string; type?: string } {
  const field = collection === 'theory' ? 'format' : 'type';
  const hit = KIND_WORDS[field].find(([word]) => title.includes(word));
  return hit ? { [field]: hit[1] } : {};
}

/**
 * A paragraph that only repeats a fact now shown in the exemplar's card (`姓名：韩知远` when the
 * subject is 韩知远), so the import can leave it out of the body.
 */
export function repeatsFact(paragraph: string, facts: ExemplarFacts): boolean {
  const text = clean(paragraph);
  return LABELS.some(({ field, names }) =>
    names.some((name) => {
      const m = new RegExp(`^${name}\\s*[:：]\\s*(.+)$`).exec(text);
      return (
        m !== null &&
        facts[field] !== undefined &&
        (field === 'awardedOn' ? datesIn(m[1]!)[0] : m[1]!.replace(/^[“"]|[”"]$/g, '')) === facts[field]
      );
    }),
  );
}
