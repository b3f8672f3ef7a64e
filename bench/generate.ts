/**
 * Synthetic zh-CN study documents for the benchmark: deterministic from a seed, original text
 * built from the word lists in vocabulary.ts, each with `##` headings, lists and ~1,500
 * readable characters. Pure: returns file paths and text; bench/run.ts writes them.
 */
import { THEORY_FORMATS } from '../src/schemas/theory.ts';
import { EXEMPLAR_KINDS } from '../src/schemas/exemplars.ts';
import { TRAINING_TYPES } from '../src/schemas/training.ts';
import * as W from './vocabulary.ts';

export type BenchCollection = 'theory' | 'exemplars' | 'training';

export interface BenchDoc {
  collection: BenchCollection;
  id: string;
  title: string;
  summary: string;
  /** Front matter fields of the site's schema for this collection, in order. */
  fields: [string, unknown][];
  body: string;
}

export interface GeneratedFile {
  /** Path relative to the project (or peer) root, with forward slashes. */
  path: string;
  text: string;
}

export interface CorpusOptions {
  docs: number;
  seed?: number;
  /** Readable characters aimed at per body (CJK characters plus Latin words); default 1,500. */
  chars?: number;
}

/** mulberry32: small, fast and the same on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts what countReadableChars in src/lib/content/reading.ts counts, on our plain text. */
export function readableChars(text: string): number {
  const plain = text.replace(/\]\([^)]*\)/g, ']');
  return (plain.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0) + (plain.match(/[A-Za-z0-9]+/g)?.length ?? 0);
}

/** The words and sentence makers one document draws on, bound to one random stream. */
function wordsOf(r: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const some = <T>(list: readonly T[], lo: number, hi: number): T[] => {
    const n = int(lo, hi);
    const out = new Set<T>();
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  const person = () => pick(W.SURNAMES) + pick(W.GIVEN) + (r() < 0.7 ? pick(W.GIVEN) : '');
  const place = () => pick(W.PLACE_HEAD) + pick(W.PLACE_TAIL) + pick(W.PLACE_KIND);
  const dept = () => pick(W.DEPARTMENTS);
  const unit = () => (r() < 0.5 ? place() + dept() : dept() + pick(W.OFFICES));
  const term = () => pick(W.TERM_HEAD) + pick(W.TERM_TAIL);
  const topic = () => pick(W.TOPICS);
  const verb = () => pick(W.VERBS);
  const adv = () => pick(W.ADVERBS);
  const num = () => pick(W.NUMBERS);
  const meeting = () => pick(W.MEETINGS);
  /** A coinage, skewed so that a few are common and most turn up in a handful of documents. */
  const coinage = () => {
    const all = W.COINAGE_HEAD.length * W.COINAGE_TAIL.length;
    const k = Math.floor(all * r() ** 3);
    return W.COINAGE_HEAD[Math.floor(k / W.COINAGE_TAIL.length)]! + W.COINAGE_TAIL[k % W.COINAGE_TAIL.length]!;
  };
  const coinageSentences: ((c: string) => string)[] = [
    (c) => `${unit()}试行“${c}”以来，${term()}的办理时间明显缩短，群众反映较好。`,
    (c) => `${person()}介绍，所谓${c}，就是把${term()}搬到手机上，随时都能${verb()}。`,
    (c) => `支部把${c}写进了${term()}，要求党员带头使用，遇到问题当场记录。`,
  ];

  const sentences: (() => string)[] = [
    () => `${unit()}党支部${adv()}开展${topic()}学习，围绕${term()}和${term()}两个方面，逐条对照、逐项${verb()}。`,
    () => `${person()}在发言中说，${term()}看似是日常事务，实则关系群众切身利益，必须把每一个环节做细做实。`,
    () => `会上，${num()}名党员结合${term()}工作实际，交流了${verb()}${term()}的做法和体会。`,
    () => `针对${term()}中发现的${num()}个问题，支部建立整改清单，明确责任人和完成时限，做到件件有着落。`,
    () => `${place()}${dept()}把${topic()}与${term()}结合起来，推动学习成果转化为${term()}的具体措施。`,
    () => `大家认为，${topic()}不是一时一事的要求，要在${term()}、${term()}等具体工作中经常对照、长期坚持。`,
    () => `${person()}介绍了${place()}在${term()}方面的经验：先${verb()}底数，再${verb()}制度，最后${verb()}考核。`,
    () => `下一步，支部将${adv()}${verb()}${term()}，每季度通报一次进展，年底前形成可推广的经验。`,
    () => `学习中，${person()}提出，要把${term()}纳入${meeting()}的固定议程，避免学用“两张皮”。`,
    () => `据统计，今年以来${unit()}共${verb()}${term()}事项${int(12, 980)}件，办结率达到百分之${int(86, 99)}。`,
    () => `${person()}结合自己在${pick(W.OFFICES)}工作${num()}年的经历，谈到${term()}最怕“差不多”，细节上松一寸，结果就会偏一尺。`,
    () => `这次${meeting()}采取“领学、研讨、点评”相结合的方式，由${person()}领学，${person()}作点评。`,
    () => `不少党员表示，通过对照${topic()}的要求查找差距，对${term()}有了更深的认识。`,
    () => `在${place()}调研时，大家看到${term()}仍有薄弱环节，群众反映较多的是${term()}和${term()}。`,
    () => `${dept()}的${person()}建议，把${term()}中的关键步骤画成流程图，贴在${pick(W.ROOMS)}，让新同志一看就懂。`,
    () => `${adv()}做好${term()}，既要靠制度管人，也要靠党员带头，${person()}所在的党小组就是这样做的。`,
  ];
  const headings: (() => string)[] = [
    () => '学习内容',
    () => '交流研讨',
    () => '主要做法',
    () => '存在的问题',
    () => '下一步安排',
    () => `${term()}的做法`,
    () => `关于${term()}的思考`,
    () => `${topic()}心得`,
    () => '工作成效',
    () => `${place()}的经验启示`,
  ];
  const listItems: (() => string)[] = [
    () => `${verb()}${term()}，${adv()}做好${term()}；`,
    () => `每${pick(['月', '季度', '半年'])}开展一次${term()}，结果纳入${term()}；`,
    () => `由${person()}牵头${verb()}${term()}，${int(1, 12)}月底前完成；`,
    () => `组织党员到${place()}开展${pick(W.TAGS)}志愿服务，时长不少于${int(2, 8)}小时；`,
    () => `${dept()}与${dept()}结对，共同${verb()}${term()}；`,
    () => `把${topic()}的学习情况记入${term()}，作为年度评议的依据；`,
  ];
  return {
    r,
    pick,
    int,
    some,
    person,
    place,
    dept,
    unit,
    term,
    topic,
    verb,
    adv,
    num,
    meeting,
    coinage,
    coinageSentences,
    sentences,
    headings,
    listItems,
  };
}

type Words = ReturnType<typeof wordsOf>;

function paragraph(w: Words, lo: number, hi: number): string {
  return Array.from({ length: w.int(lo, hi) }, () => w.pick(w.sentences)()).join('');
}

function list(w: Words): string {
  const items = Array.from({ length: w.int(3, 5) }, () => w.pick(w.listItems)());
  items[items.length - 1] = items[items.length - 1]!.replace(/；$/, '。');
  const ordered = w.int(0, 1) === 1;
  return items.map((t, i) => `${ordered ? `${i + 1}.` : '-'} ${t}`).join('\n');
}

/** A body of `##` sections with paragraphs and lists, grown until it reaches about `target` characters. */
function body(w: Words, target: number, link?: { title: string; path: string }): string {
  const parts = [paragraph(w, 2, 3)];
  // Three documents in five mention a coinage once, in the opening paragraph.
  if (w.r() < 0.6) parts[0] += w.pick(w.coinageSentences)(w.coinage());
  if (link) parts.push(`相关材料可参阅[《${link.title}》](${link.path})。`);
  const used = new Set<string>();
  while (readableChars(parts.join('\n')) < target) {
    let heading = w.pick(w.headings)();
    while (used.has(heading)) heading = w.pick(w.headings)();
    used.add(heading);
    parts.push(`## ${heading}`, paragraph(w, 2, 4));
    if (w.int(0, 9) < 6) parts.push(list(w));
  }
  return parts.join('\n\n') + '\n';
}

function dateText(w: Words): string {
  const year = w.int(2019, 2026);
  const month = year === 2026 ? w.int(1, 10) : w.int(1, 12);
  return `${year}-${String(month).padStart(2, '0')}-${String(w.int(1, 28)).padStart(2, '0')}`;
}

function clip(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}

function theory(w: Words): Omit<BenchDoc, 'id' | 'body'> {
  const format = w.pick(THEORY_FORMATS);
  const topics = w.some(W.TOPICS, 1, 2);
  const unit = w.unit();
  const term = w.term();
  const date = dateText(w);
  const title = w.pick([
    () => `${unit}${format}：${topics[0]}专题研讨`,
    () => `${w.place()}${w.dept()}党支部${w.verb()}${term}的实践与思考`,
    () => `${w.person()}：${topics[0]}学习笔记`,
    () => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${unit}${topics[0]}${format}纪要`,
  ])();
  const summary = `${unit}围绕${topics.join('、')}开展${format}，结合${term}交流体会，明确下一步${w.verb()}${w.term()}的措施。`;
  const fields: [string, unknown][] = [
    ['title', clip(title, 80)],
    ['summary', summary],
    ['date', date],
    ['format', format],
    ['topics', topics],
    ['tags', [...new Set([...topics, ...w.some(W.TAGS, 1, 3)])]],
    ['speaker', w.person()],
    ['source', unit],
  ];
  if (w.int(0, 3) === 0) fields.push(['hours', w.int(1, 6) / 2]);
  return { collection: 'theory', title: clip(title, 80), summary, fields };
}

function exemplar(w: Words): Omit<BenchDoc, 'id' | 'body'> {
  const kind = w.pick(EXEMPLAR_KINDS);
  const unit = w.place() + w.dept();
  const subject = kind === '个人' ? w.person() : unit + w.pick(W.OFFICES);
  const honour = w.pick(W.HONOURS);
  const title = `${subject}：${w.term()}岗位上的${honour}`;
  const summary = `${subject}${w.adv()}${w.verb()}${w.term()}，在${w.term()}中发挥了示范作用，被授予“${honour}”称号。`;
  const fields: [string, unknown][] = [
    ['title', clip(title, 80)],
    ['summary', summary],
    ['tags', w.some(W.TAGS, 2, 4)],
    ['subject', clip(subject, 40)],
    ['kind', kind],
    ['honour', honour],
    ['awardedBy', w.pick(W.AWARDING_BODIES)],
    ['awardedOn', dateText(w)],
    ['unit', unit],
  ];
  return { collection: 'exemplars', title: clip(title, 80), summary, fields };
}

function training(w: Words, n: number): Omit<BenchDoc, 'id' | 'body'> {
  const type = w.pick(TRAINING_TYPES);
  const organiser = w.unit();
  const title = `${w.term()}${type}（第${n}期）`;
  const summary = `${organiser}组织${type}，${w.person()}主讲${w.term()}和${w.term()}，参训人员现场交流。`;
  const fields: [string, unknown][] = [
    ['title', title],
    ['summary', summary],
    ['date', dateText(w)],
    ['tags', w.some(W.TAGS, 2, 4)],
    ['type', type],
    ['organiser', organiser],
    ['location', w.pick(W.ROOMS)],
    ['lecturer', w.person()],
    ['participants', w.int(8, 120)],
    ['hours', w.int(1, 8) / 2],
  ];
  return { collection: 'training', title, summary, fields };
}

/** Which collection document `i` goes to: 80 % theory, 12 % exemplars, 8 % training. */
export function collectionAt(i: number): BenchCollection {
  const k = i % 25;
  return k < 20 ? 'theory' : k < 23 ? 'exemplars' : 'training';
}

export function benchId(i: number): string {
  return `bench-${String(i + 1).padStart(5, '0')}`;
}

/** N documents, the same for the same options on every machine. */
export function generateCorpus({ docs, seed = 2026, chars = 1500 }: CorpusOptions): BenchDoc[] {
  const out: BenchDoc[] = [];
  const theoryDocs: BenchDoc[] = [];
  for (let i = 0; i < docs; i++) {
    // One stream per document, so document i does not change when N does.
    const w = wordsOf(rng((seed * 100_003 + i) >>> 0));
    const collection = collectionAt(i);
    const head = collection === 'theory' ? theory(w) : collection === 'exemplars' ? exemplar(w) : training(w, i + 1);
    // About a quarter link to an earlier theory document, as editors cross-reference.
    const target = theoryDocs.length > 0 && w.int(0, 3) === 0 ? theoryDocs[w.int(0, theoryDocs.length - 1)] : undefined;
    const link = target && { title: target.title, path: `/theory/${target.id}/` };
    const doc: BenchDoc = { ...head, id: benchId(i), body: body(w, chars - 250 + w.int(0, 300), link) };
    out.push(doc);
    if (collection === 'theory') theoryDocs.push(doc);
  }
  return out;
}

function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return JSON.stringify(value);
}

function markdown(fields: [string, unknown][], text: string): string {
  return `---\n${fields.map(([k, v]) => `${k}: ${yamlValue(v)}`).join('\n')}\n---\n\n${text}`;
}

/** The document as an entry of this site: `content/<collection>/<id>.md`. */
export function siteFile(doc: BenchDoc): GeneratedFile {
  return { path: `content/${doc.collection}/${doc.id}.md`, text: markdown(doc.fields, doc.body) };
}

/** The same document for Starlight's docs collection, at the same route `/<collection>/<id>/`. */
export function starlightFile(doc: BenchDoc): GeneratedFile {
  return {
    path: `src/content/docs/${doc.collection}/${doc.id}.md`,
    text: markdown(
      [
        ['title', doc.title],
        ['description', doc.summary],
      ],
      doc.body,
    ),
  };
}
