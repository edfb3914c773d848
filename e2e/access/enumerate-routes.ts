// Lists what the app exposes, from the file system: pages, route handlers with their HTTP methods, and the
// exported functions of every "use server" module. The matrix test compares this with the matrix.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Names a module exports: functions, consts, and `export { a, b }` / `export { a } from "..."`. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements) names.push(e.name.text);
    }
  }
  return names;
}

function hasUseServerDirective(source: ts.SourceFile): boolean {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

export type Exposed = { pages: string[]; routes: string[]; actions: string[] };

/** Keys in the matrix's own format (see routeKey): file, "file METHOD", "file#export". */
export function exposedRoutes(root = process.cwd()): Exposed {
  const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
  const appFiles = filesUnder(path.join(root, "app"));
  const pages = appFiles.filter((f) => /\/page\.(ts|tsx)$/.test(f)).map(rel);
  const routes = appFiles
    .filter((f) => /\/route\.(ts|tsx)$/.test(f))
    .flatMap((f) =>
      exportedNames(parse(f))
        .filter((n) => HTTP_METHODS.has(n))
        .map((method) => `${rel(f)} ${method}`),
    );
  // Server actions can live anywhere the app imports from, not only under app/.
  const actionFiles = ["app", "components", "lib"].flatMap((d) => filesUnder(path.join(root, d)));
  const actions = actionFiles.flatMap((f) => {
    const source = parse(f);
    return hasUseServerDirective(source) ? exportedNames(source).map((n) => `${rel(f)}#${n}`) : [];
  });
  return { pages, routes, actions };
}
