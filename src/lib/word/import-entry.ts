import type { CollectionName } from '../../site.config.ts';
import { PLACEHOLDER } from '../content/placeholder.ts';
import { TITLE_MAX } from '../content/scaffold.ts';
import { documentDate, exemplarFacts, kindFromTitle, repeatsFact } from './document-facts.ts';
import { IMAGE_REF, type ConvertedDocument, type WordImage } from './docx-to-markdown.ts';

/** The collections a Word document can become; a plan is a list of entries, not a document. */
export type ImportCollection = Exclude<CollectionName, 'plans'>;

export interface ImportOptions {
  collection: ImportCollection;
  draft: boolean;
  /** Exemplars: the first picture becomes `portrait` rather than staying in the text. */
  portrait: boolean;
}

/** What a document says about the entry it becomes, before it has an id. */
export interface EntryFacts {
  title: string;
  /** The day the document states, or undefined when it states none (the scaffold then uses today). */
  date?: string;
  /** Field values found in the text, by the scaffold's field names. */
  found: Record<string, string>;
  /** Fields the import looked for and did not find, beyond the scaffold's 待填写 ones. */
  notFound: string[];
}

/** Word names pictures itself (“图片 1”); that is not a description. */
const WORD_DEFAULT_ALT = /^(?:图片|图像|图示|图|picture|image|graphic)\s*\d*$|\.(?:png|jpe?g|gif|bmp|emf|wmf)$/i;

/** The alt text written for a picture without one; the checker flags it with its line. */
export const IMAGE_ALT_TODO = `${PLACEHOLDER}：图片说明，写清图片里是谁、在做什么`;

/** Image types the site shows; others (EMF, WMF, TIFF from old Word) are left out and reported. */
const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** The file name without folders and extension, the title of last resort: `关于开展学习的通知.docx` → `关于开展学习的通知`. */
export function titleFromFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name)
    .replace(/\.[^.]+$/, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/**
 * The title, date and fields a document states. The title is the document's own (see
 * `docxToMarkdown`), else the file name; the date is the one `documentDate` finds; exemplar
 * fields are those `exemplarFacts` reads plainly.
 */
export function entryFacts(doc: ConvertedDocument, sourceName: string, collection: ImportCollection): EntryFacts {
  const notFound: string[] = [];
  let title = doc.title ?? titleFromFileName(sourceName);
  if (!doc.title) notFound.push('title');
  if ([...title].length > TITLE_MAX) {
    title = [...title].slice(0, TITLE_MAX).join('');
    if (!notFound.includes('title')) notFound.push('title');
  }
  const date = documentDate(doc.paragraphs);
  const found: Record<string, string> = {};
  if (collection === 'exemplars') {
    const facts = exemplarFacts(title, doc.paragraphs);
    for (const [key, value] of Object.entries(facts)) found[key] = value;
    if (date) found.date = date;
    if (!facts.awardedOn) notFound.push('awardedOn');
  } else {
    const field = collection === 'theory' ? 'format' : 'type';
    const kind = kindFromTitle(collection, title)[field];
    if (kind) found[field] = kind;
    else notFound.push(field);
    if (!date) notFound.push('date');
  }
  return { title, ...(date ? { date } : {}), found, notFound };
}

/** A picture's file beside the entry. */
export interface ImageFile {
  /** File name in the entry's folder, e.g. `zhang-xiaoming-1.png`. */
  name: string;
  data: Buffer;
}

export interface PlacedImages {
  body: string;
  files: ImageFile[];
  /** Front-matter values for `portrait.src` and `portrait.alt`, when the first picture became the portrait. */
  portrait: Record<string, string>;
  /** Pictures in formats the site cannot show, left out of the body. */
  skipped: string[];
}

const altOf = (image: WordImage) =>
  image.alt && !WORD_DEFAULT_ALT.test(image.alt) ? image.alt.replace(/[[\]\n]/g, ' ').trim() : IMAGE_ALT_TODO;

/**
 * Names the pictures after the entry (`<id>-1.png`, and `<id>.jpg` for a portrait, as `npm run new`
 * names it) and points the body at them relatively, with Word's alt text or a 待填写 description.
 */
export function placeImages(markdown: string, images: readonly WordImage[], id: string, portrait: boolean): PlacedImages {
  const files: ImageFile[] = [];
  const skipped: string[] = [];
  const front: Record<string, string> = {};
  const portraitIndex = portrait ? images.findIndex((image) => IMAGE_EXTENSIONS[image.contentType]) : -1;
  let counter = 0;
  const body = markdown.replace(IMAGE_REF, (_match, _alt: string, n: string) => {
    const index = Number(n) - 1;
    const image = images[index];
    if (!image) return '';
    const ext = IMAGE_EXTENSIONS[image.contentType];
    if (!ext) {
      skipped.push(image.contentType);
      return '';
    }
    if (index === portraitIndex) {
      const name = `${id}.${ext}`;
      files.push({ name, data: image.data });
      front['portrait.src'] = `./${name}`;
      front['portrait.alt'] = altOf(image);
      return '';
    }
    counter += 1;
    const name = `${id}-${counter}.${ext}`;
    files.push({ name, data: image.data });
    return `![${altOf(image)}](./${name})`;
  });
  return { body: body.replace(/\n{3,}/g, '\n\n').trim() + '\n', files, portrait: front, skipped };
}

/**
 * The body without the labelled lines (`姓名：韩知远`) whose values went into an exemplar's front
 * matter: the page shows them in its card already.
 */
export function withoutRepeatedFacts(markdown: string, found: Readonly<Record<string, string>>): string {
  return markdown
    .split(/\n{2,}/)
    .filter((block) => block.includes('\n') || !repeatsFact(block, found))
    .join('\n\n');
}
