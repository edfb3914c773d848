import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The patient portal's copy, as the readability test reads it: the text inside JSX of every portal page and
 * component (text nodes, string and template literals in JSX expressions and in the props that hold words),
 * so the copy can stay in the components that show it. Copy kept in modules (questions, cards, advice) is
 * checked separately, from the modules themselves. Test-only: it reads source files.
 */
export const PORTAL_SOURCES = ["app/(portal)", "components/portal"];

/** Props whose strings are words a patient reads (not class names, ids or routes). */
const WORD_PROPS = new Set([
  "label",
  "legend",
  "hint",
  "title",
  "text",
  "placeholder",
  "pendingLabel",
  "aria-label",
]);

export type CopyPiece = { file: string; text: string };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx$/.test(name) && !/\.test\./.test(name) ? [full] : [];
  });
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** Words only: a piece with no letters (numbers, punctuation, "·") is not copy. */
const isWords = (s: string) => /[a-z]{2,}/i.test(s);

function collect(file: string, root: string): CopyPiece[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const out: CopyPiece[] = [];
  const add = (text: string) => {
    const t = clean(text);
    if (isWords(t)) out.push({ file: path.relative(root, file), text: t });
  };
  const literalText = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    // A template's fixed parts, with each value read as one short word.
    if (ts.isTemplateExpression(node))
      return node.head.text + node.templateSpans.map((s) => ` 3 ${s.literal.text}`).join("");
    return null;
  };
  const inJsx = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node.text);
    else if (ts.isJsxExpression(node) && node.expression) {
      // Strings directly in {...}, or in the branches of a condition.
      const visit = (e: ts.Node) => {
        const t = literalText(e);
        if (t !== null) add(t);
        else if (ts.isConditionalExpression(e)) [e.whenTrue, e.whenFalse].forEach(visit);
        else if (ts.isBinaryExpression(e)) [e.left, e.right].forEach(visit);
        else if (ts.isParenthesizedExpression(e)) visit(e.expression);
      };
      if (!ts.isJsxAttribute(node.parent) || WORD_PROPS.has(node.parent.name.getText()))
        visit(node.expression);
    } else if (ts.isJsxAttribute(node) && WORD_PROPS.has(node.name.getText()) && node.initializer) {
      const t = literalText(node.initializer);
      if (t !== null) add(t);
    }
    ts.forEachChild(node, inJsx);
  };
  inJsx(source);
  return out;
}

/** Every piece of portal copy, by file. */
export function portalCopy(root = process.cwd()): CopyPiece[] {
  return PORTAL_SOURCES.flatMap((dir) => files(path.join(root, dir))).flatMap((f) => collect(f, root));
}
