import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Opens CSV files in a real spreadsheet engine: LibreOffice Calc, headless (Debian's
 * libreoffice-calc-nogui). Each file is imported with the CSV filter and given list separator, then saved
 * as a flat OpenDocument spreadsheet (.fods, plain XML), whose cells say whether they hold a formula
 * (`table:formula`) and what value it computed. Test-only.
 */
const run = promisify(execFile);

export function findSoffice(): string | null {
  for (const name of ["soffice", "libreoffice"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

export type SheetCell = {
  text: string;
  formula: string | null;
  valueType: string | null;
  value: string | null;
};

const decode = (xml: string) =>
  xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => " ".repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, "\t")
    .replace(/<text:line-break\/>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attribute = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/** Every non-empty cell of a .fods document, in document order. */
export function cellsOf(fods: string): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const m of fods.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
    const attrs = m[1] ?? "";
    const paragraphs = [...(m[2] ?? "").matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) =>
      decode(p[1] ?? ""),
    );
    const cell: SheetCell = {
      text: paragraphs.join("\n"),
      formula: attribute(attrs, "table:formula"),
      valueType: attribute(attrs, "office:value-type"),
      value: attribute(attrs, "office:value"),
    };
    if (cell.text || cell.formula || cell.valueType) cells.push(cell);
  }
  return cells;
}

export type ImportOptions = { separator: "," | ";" | "\t"; trimSpaces?: boolean };

/**
 * The CSV filter's options string: separator, `"` as text delimiter, UTF-8, from line 1, no column types,
 * English (US) numbers, quoted fields not forced to text, no special-number detection, two export-only
 * tokens, trim spaces, (export sheets), and "evaluate formulas" on, as a user opening the file would have it.
 */
function filterOptions({ separator, trimSpaces = false }: ImportOptions): string {
  return [
    separator.charCodeAt(0),
    34,
    76,
    1,
    "",
    1033,
    false,
    false,
    false,
    false,
    trimSpaces,
    -1,
    true,
  ].join(",");
}

/**
 * Imports each CSV (name -> content) into LibreOffice and returns each one's cells. `profile` is a folder
 * for LibreOffice's user profile: its own, so parallel runs and a desktop session never share one, and
 * kept between calls because creating it is the slow part of a start.
 */
export async function openInLibreOffice(
  soffice: string,
  profile: string,
  files: Record<string, string>,
  options: ImportOptions,
): Promise<Record<string, SheetCell[]>> {
  const dir = mkdtempSync(path.join(tmpdir(), "gradus-calc-"));
  try {
    const inputs = Object.entries(files).map(([name, body]) => {
      const file = path.join(dir, `${name}.csv`);
      writeFileSync(file, body);
      return file;
    });
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        `--infilter=Text - txt - csv (StarCalc):${filterOptions(options)}`,
        "--convert-to",
        "fods",
        "--outdir",
        path.join(dir, "out"),
        ...inputs,
      ],
      { timeout: 240_000, env: { ...process.env, HOME: profile } },
    );
    return Object.fromEntries(
      Object.keys(files).map((name) => [
        name,
        cellsOf(readFileSync(path.join(dir, "out", `${name}.fods`), "utf8")),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
