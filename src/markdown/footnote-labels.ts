import type { HastPluginDefinition } from 'satteri';

/** The words of the footnotes section: the reader hears and sees Chinese, not the processor's English default. */
export const FOOTNOTE_LABELS = { heading: '注释', back: '返回正文' } as const;

/**
 * Markdown footnotes (`[^1]`, which `npm run import` writes for Word footnotes) end the article with a
 * section whose hidden heading says “Footnotes” and whose ↩ links say “Back to reference 1”.
 */
export function footnoteLabels(): HastPluginDefinition {
  return {
    name: 'xxyd-footnote-labels',
    element: [
      {
        filter: ['h2'],
        visit(node, ctx) {
          if (node.properties?.id !== 'footnote-label') return;
          ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: FOOTNOTE_LABELS.heading }] } as never);
        },
      },
      {
        filter: ['a'],
        visit(node, ctx) {
          if (node.properties?.dataFootnoteBackref === undefined) return;
          ctx.setProperty(node, 'ariaLabel', FOOTNOTE_LABELS.back);
        },
      },
    ],
  };
}
