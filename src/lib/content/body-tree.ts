/**
 * An entry body's syntax tree as the checker reads it (mdast from satteri, the parser that renders
 * the pages, with MDX's JSX and expression nodes): only the fields the checks use.
 */
export interface BodyNode {
  type: string;
  /** Links, images and definitions. */
  url?: string;
  alt?: string | null;
  identifier?: string;
  /** MDX elements. */
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: BodyNode[];
}

/** Visits `node` and everything below it, in document order. */
export function walkBody(node: BodyNode, visit: (n: BodyNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkBody(child, visit);
}
