import ts from 'typescript';
import type { CollectionName } from '../../site.config.ts';

/**
 * The schema each collection uses, read from `src/content.config.ts` itself (its `collections`
 * object: the first identifier ending in `Schema` in each collection's definition), so the
 * editors' guide documents exactly the schemas the build applies.
 */
export function collectionSchemaNames(contentConfig: SchemaSource): Partial<Record<CollectionName, string>> {
  const file = ts.createSourceFile(contentConfig.path, contentConfig.text, ts.ScriptTarget.Latest, true);
  const names: Partial<Record<CollectionName, string>> = {};
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== 'collections' || !decl.initializer) continue;
      if (!ts.isObjectLiteralExpression(decl.initializer)) continue;
      for (const prop of decl.initializer.properties) {
        if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
        let found: string | undefined;
        const visit = (node: ts.Node) => {
          if (found) return;
          if (ts.isIdentifier(node) && /Schema$/.test(node.text)) found = node.text;
          else ts.forEachChild(node, visit);
        };
        visit(prop.initializer);
        if (found) names[prop.name.text as CollectionName] = found;
      }
    }
  }
  return names;
}

/** One front-matter field as documented by the JSDoc on its schema property. */
export interface FieldDoc {
  /** Path as an editor writes it: `title`, `portrait.src`, `items[].theory`. */
  name: string;
  /** False when the field ends in `.optional()` or `.default(…)`. */
  required: boolean;
  /** The JSDoc text on the property, on one line. */
  description: string;
}

/** A schema source file: its path (for messages) and its text. */
export interface SchemaSource {
  path: string;
  text: string;
}

type Declarations = Map<string, { node: ts.Expression; file: string }>;

/** Every top-level `const name = …` of the given files, so spreads and identifiers resolve across them. */
function declarationsOf(sources: readonly SchemaSource[]): Declarations {
  const map: Declarations = new Map();
  for (const source of sources) {
    const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.initializer) map.set(decl.name.text, { node: decl.initializer, file: source.path });
      }
    }
  }
  return map;
}

/** The method names of a call chain from the outside in: `z.string().min(1).optional()` → optional, min, string. */
function chainOf(expr: ts.Expression): { methods: string[]; base: ts.Expression } {
  const methods: string[] = [];
  let cur: ts.Expression = expr;
  for (;;) {
    if (ts.isParenthesizedExpression(cur)) cur = cur.expression;
    else if (ts.isCallExpression(cur) && ts.isPropertyAccessExpression(cur.expression)) {
      methods.push(cur.expression.name.text);
      // `z.object(…)` ends the chain: its receiver is the `z` namespace, not a schema.
      if (ts.isIdentifier(cur.expression.expression) && cur.expression.expression.text === 'z') return { methods, base: cur };
      cur = cur.expression.expression;
    } else return { methods, base: cur };
  }
}

/** The object literal of the `z.object({…})` a schema expression is built on, if any (through arrays and names). */
function objectLiteralOf(expr: ts.Expression, decls: Declarations, seen = new Set<string>()): ts.ObjectLiteralExpression | undefined {
  if (ts.isArrowFunction(expr) && !ts.isBlock(expr.body)) return objectLiteralOf(expr.body, decls, seen);
  const { base } = chainOf(expr);
  if (ts.isIdentifier(base)) {
    const decl = decls.get(base.text);
    if (!decl || seen.has(base.text)) return undefined;
    return objectLiteralOf(decl.node, decls, new Set([...seen, base.text]));
  }
  if (!ts.isCallExpression(base) || !ts.isPropertyAccessExpression(base.expression)) return undefined;
  const [arg] = base.arguments;
  if (!arg) return undefined;
  const kind = base.expression.name.text;
  if (kind === 'object') return ts.isObjectLiteralExpression(arg) ? arg : undefined;
  if (kind === 'array') return objectLiteralOf(arg, decls, seen);
  return undefined;
}

/** The JSDoc text on a node, joined onto one line. */
function docOf(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

function fieldsOfObject(literal: ts.ObjectLiteralExpression, decls: Declarations, prefix: string): FieldDoc[] {
  const fields: FieldDoc[] = [];
  for (const prop of literal.properties) {
    if (ts.isSpreadAssignment(prop)) {
      const name = ts.isIdentifier(prop.expression) ? prop.expression.text : undefined;
      const decl = name ? decls.get(name) : undefined;
      if (decl && ts.isObjectLiteralExpression(decl.node)) fields.push(...fieldsOfObject(decl.node, decls, prefix));
      else throw new Error(`cannot resolve the spread ...${prop.expression.getText()} in a schema`);
      continue;
    }
    if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
    const name = `${prefix}${prop.name.text}`;
    const description = docOf(prop);
    if (!description) throw new Error(`schema field ${name} has no JSDoc comment; every field needs one (it becomes the editors' guide)`);
    const { methods } = chainOf(prop.initializer);
    const required = !methods.includes('optional') && !methods.includes('default');
    fields.push({ name, required, description });
    const nested = objectLiteralOf(prop.initializer, decls);
    if (nested) fields.push(...fieldsOfObject(nested, decls, `${name}${methods.includes('array') ? '[]' : ''}.`));
  }
  return fields;
}

/**
 * The documented fields of the schema exported as `exportName`, read from the schema sources with the
 * TypeScript parser: `...commonFields` spreads and named sub-schemas (`z.array(attachmentSchema)`) are
 * followed; nested fields are named `portrait.src` or `items[].theory`.
 */
export function schemaFieldDocs(sources: readonly SchemaSource[], exportName: string): FieldDoc[] {
  const decls = declarationsOf(sources);
  const decl = decls.get(exportName);
  if (!decl) throw new Error(`no schema named ${exportName} in ${sources.map((s) => s.path).join(', ')}`);
  const literal = objectLiteralOf(decl.node, decls);
  if (!literal) throw new Error(`${exportName} in ${decl.file} is not built on z.object({…})`);
  return fieldsOfObject(literal, decls, '');
}
