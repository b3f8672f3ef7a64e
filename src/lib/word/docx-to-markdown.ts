import mammoth from 'mammoth';
import TurndownService from 'turndown';
import { tables } from '@joplin/turndown-plugin-gfm';
import { officialHeadingLevel } from './official-headings.ts';

/** A picture taken out of the document, to be saved beside the entry. */
export interface WordImage {
  /** `image/png`, `image/jpeg`, … as the document declares it. */
  contentType: string;
  data: Buffer;
  /** Word's alt text (图片 → 编辑替换文字), when the author wrote one. */
  alt?: string;
}

/** A Word document as Markdown, before it becomes an entry. */
export interface ConvertedDocument {
  /** The document's title: a Title-styled or centred first paragraph, or a first heading. */
  title?: string;
  /** The body, without the title; pictures appear as `![alt](word-image:N)`, N counting from 1. */
  markdown: string;
  images: WordImage[];
  /** The text of every paragraph and table cell, for dates and labelled fields. */
  paragraphs: string[];
}

/** Our marker for pictures until they have file names; the entry step replaces it. */
export const IMAGE_REF = /!\[([^\]]*)\]\(word-image:(\d+)\)/g;

const TITLE_STYLE = 'kb-title';

/** Word's built-in heading styles, English and Chinese names, one level down: the title is the page's `#`. */
const STYLE_MAP = [
  `p[style-name='${TITLE_STYLE}'] => h1:fresh`,
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4].flatMap((n) => [`p[style-name='heading ${n}'] => h${n + 1}:fresh`, `p[style-name='标题 ${n}'] => h${n + 1}:fresh`]),
];

type MammothElement = {
  type: string;
  children?: MammothElement[];
  value?: string;
  alignment?: string | null;
  styleName?: string | null;
  styleId?: string | null;
  isHeader?: boolean;
};

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(textOf).join('');
}

/**
 * Before HTML: the first paragraph with text, when centred and unstyled, is the title (as official
 * documents set it); each table's first row is its header row, so it becomes a Markdown table.
 */
function transformDocument(document: MammothElement): MammothElement {
  let seenText = false;
  const visit = (element: MammothElement): void => {
    if (element.type === 'paragraph' && !seenText && textOf(element).trim()) {
      seenText = true;
      if (element.alignment === 'center' && !element.styleName) {
        element.styleName = TITLE_STYLE;
        element.styleId = TITLE_STYLE;
      }
    }
    if (element.type === 'table') {
      const first = element.children?.find((c) => c.type === 'tableRow');
      if (first && (element.children?.length ?? 0) > 1) first.isHeader = true;
    }
    element.children?.forEach(visit);
  };
  visit(document);
  return document;
}

/** A line that is only a page number typed into the text: `- 3 -`, `— 3 —`, `第 3 页 共 9 页`. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?)$/;

function turndownService(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
  service.use(tables);
  // A `<` typed in the document (《<条例>解读》) must stay text: in Markdown it could open raw HTML.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  service.addRule('official-heading', {
    filter: (node) => node.nodeName === 'P' && officialHeadingLevel(node.textContent ?? '') !== undefined,
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/[\s\u3000]+/g, ' ').trim();
      return `\n\n${'#'.repeat(officialHeadingLevel(text)!)} ${text}\n\n`;
    },
  });
  service.addRule('footnote-reference', {
    filter: (node) => node.nodeName === 'SUP' && /^#(?:foot|end)note-\d+$/.test(node.querySelector('a')?.getAttribute('href') ?? ''),
    replacement: (_content, node) => {
      const [, kind, n] = /^#(foot|end)note-(\d+)$/.exec((node as HTMLElement).querySelector('a')!.getAttribute('href')!)!;
      return `[^${kind === 'end' ? 'e' : ''}${n}]`;
    },
  });
  service.addRule('footnote-list', {
    filter: (node) => node.nodeName === 'LI' && /^(?:foot|end)note-\d+$/.test(node.getAttribute('id') ?? ''),
    replacement: (content, node) => {
      const [, kind, n] = /^(foot|end)note-(\d+)$/.exec((node as HTMLElement).getAttribute('id')!)!;
      return `[^${kind === 'end' ? 'e' : ''}${n}]: ${content.replace(/\s+/g, ' ').trim()}\n`;
    },
  });
  service.addRule('footnote-ol', {
    filter: (node) => node.nodeName === 'OL' && /^(?:foot|end)note-\d+$/.test(node.querySelector('li')?.getAttribute('id') ?? ''),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  // Bookmarks and links inside the document (tables of contents) lead nowhere on the page: keep their
  // text. A footnote's ↑ link back to its reference goes. (Turndown tries the last-added rule first.)
  service.addRule('internal-link', {
    filter: (node) => node.nodeName === 'A' && (node.getAttribute('href') ?? '#').startsWith('#'),
    replacement: (content, node) => (/^#(?:foot|end)note-ref-\d+$/.test((node as HTMLElement).getAttribute('href') ?? '') ? '' : content),
  });
  return service;
}

/** Markdown cleanup: the indent of official documents (two ideographic spaces), page numbers, blank runs. */
export function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .split('\n')
      .map((line) =>
        line.replace(/^[\u3000\u00a0 ]+(?=\S)/, (m) => (m.includes('\u3000') || m.includes('\u00a0') ? '' : m)).replace(/[\u3000\s]+$/, ''),
      )
      .filter((line) => !PAGE_NUMBER.test(line.replace(/\\/g, '').trim()) || line.trim() === '')
      // Turndown pads list markers to four columns; one space reads better and means the same.
      .map((line) => line.replace(/^(\s*)(-|\d+\.) {2,}(?=\S)/, '$1$2 '))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Takes the title off the top: a leading heading of any level, which the page shows as its `#`. */
function splitTitle(markdown: string): { title?: string; body: string } {
  const m = /^(#{1,6}) +(.+)\n*/.exec(markdown);
  if (!m) return { body: markdown };
  const title = m[2]!
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();
  return { title, body: markdown.slice(m[0].length) };
}

/** Any `#` left in the body (a second Title paragraph) is a section heading there. */
const demoteTitles = (markdown: string) => markdown.replace(/^# /gm, '## ');

/** Converts a .docx (already checked by `sniffWordFile`) to Markdown, pictures and paragraph texts. */
export async function docxToMarkdown(buffer: Buffer): Promise<ConvertedDocument> {
  const images: WordImage[] = [];
  const { value: html } = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      transformDocument: transformDocument as (element: unknown) => unknown,
      convertImage: mammoth.images.imgElement(async (image) => {
        const alt = (image as unknown as { altText?: string }).altText?.trim();
        images.push({ contentType: image.contentType, data: await image.readAsBuffer(), ...(alt ? { alt } : {}) });
        return { src: `word-image:${images.length}` };
      }),
    },
  );
  const { value: raw } = await mammoth.extractRawText({ buffer });
  const paragraphs = raw
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const markdown = tidyMarkdown(turndownService().turndown(html));
  const { title, body } = splitTitle(markdown);
  return { ...(title ? { title } : {}), markdown: demoteTitles(body).trim(), images, paragraphs };
}
