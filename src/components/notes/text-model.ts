/**
 * The entry's text as notes see it (src/lib/notes/anchor.ts): the article body's text nodes in
 * order, with "\n" between paragraph-level blocks, and the way back from offsets to DOM ranges.
 * The notes' own controls and cards ([data-notes-ui]) are not part of the text.
 */

/** Blocks whose texts are separated by "\n". */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, dt, dd, figcaption, caption, div, section, table';

export interface TextSegment {
  readonly node: Text;
  readonly start: number;
}

export interface TextModel {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

function blockOf(node: Node, root: HTMLElement): Element | null {
  const block = node.parentElement?.closest(BLOCK) ?? null;
  return block && root.contains(block) ? block : null;
}

/** Reads the text of `root` now; offsets are UTF-16 units. */
export function readText(root: HTMLElement): TextModel {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-notes-ui], script, style, template')) return NodeFilter.FILTER_REJECT;
      // Line breaks between tags are layout, not text.
      if (/^\s*$/.test(node.nodeValue ?? '') && /\n/.test(node.nodeValue ?? '')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const segments: TextSegment[] = [];
  let text = '';
  let lastBlock: Element | null | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node, root);
    if (lastBlock !== undefined && block !== lastBlock) text += '\n';
    lastBlock = block;
    segments.push({ node, start: text.length });
    text += node.data;
  }
  return { text, segments };
}

/** The text offset of a DOM boundary point (a selection's start or end). */
export function offsetOf(model: TextModel, container: Node, offset: number): number {
  for (const segment of model.segments) {
    if (segment.node === container) return segment.start + offset;
  }
  const point = document.createRange();
  point.setStart(container, offset);
  for (const segment of model.segments) {
    // The first text at or after the point.
    if (point.comparePoint(segment.node, 0) >= 0) return segment.start;
  }
  return model.text.length;
}

/** Text offsets of a selection inside `root`, or null when it is empty or outside. */
export function selectionOffsets(root: HTMLElement, selection: Selection | null): { model: TextModel; start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const model = readText(root);
  const start = offsetOf(model, range.startContainer, range.startOffset);
  const end = offsetOf(model, range.endContainer, range.endOffset);
  // Trim the blank ends a triple click or a drag across paragraphs leaves.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(model.text[s]!)) s++;
  while (e > s && /\s/.test(model.text[e - 1]!)) e--;
  return s < e ? { model, start: s, end: e } : null;
}

/** Text offsets of a whole block (a paragraph or list item). */
export function blockOffsets(model: TextModel, block: Element): { start: number; end: number } | null {
  const inside = model.segments.filter((s) => block.contains(s.node));
  if (inside.length === 0) return null;
  const last = inside[inside.length - 1]!;
  return { start: inside[0]!.start, end: last.start + last.node.data.length };
}

/**
 * Wraps text[start, end) in elements made by `wrap` (one per text node it crosses) and returns
 * them. Reads the text afresh, as earlier wraps split text nodes.
 */
export function wrapRange(root: HTMLElement, start: number, end: number, wrap: () => HTMLElement): HTMLElement[] {
  const { segments } = readText(root);
  const made: HTMLElement[] = [];
  for (const { node, start: at } of segments) {
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + node.data.length) - at;
    if (to <= from) continue;
    let piece = node;
    if (from > 0) piece = piece.splitText(from);
    if (to - from < piece.data.length) piece.splitText(to - from);
    const mark = wrap();
    piece.replaceWith(mark);
    mark.append(piece);
    made.push(mark);
  }
  return made;
}
