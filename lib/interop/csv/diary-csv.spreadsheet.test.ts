import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicDiaryCsv, patientDiaryCsv, type CsvDiaryEntry } from "./diary-csv";
import { findSoffice, openInLibreOffice, type ImportOptions } from "./testing/libreoffice";

/**
 * The diary exports opened in a real spreadsheet engine (LibreOffice Calc, headless), with the list
 * separators spreadsheets use: `,` and `;` (most of Europe), and a tab. No cell may come out as a formula.
 * CI installs LibreOffice (.ci/run); on a machine without it the test is skipped with a message, never in CI.
 */
const soffice = findSoffice();
const missing = soffice === null;
if (missing && !process.env.CI)
  console.warn(
    "[diary-csv.spreadsheet] LibreOffice (soffice) not found: skipped. apt-get install libreoffice-calc-nogui",
  );

/** What a patient or clinician could type, aimed at every way a spreadsheet splits text into cells. */
const HOSTILE = [
  "=2+3*7",
  "tired today\n=2+3*7",
  "tired today\r\n=2+3*7",
  "x;=2+3*7;y",
  "x,=2+3*7,y",
  "x\t=2+3*7",
  "x; =2+3*7",
  "  =2+3*7",
  '=HYPERLINK("http://x.example";"click")',
  "@SUM(2;21)",
  "+2+21",
  "-2+25",
  'said "=2+3*7" ;"=2+3*7"',
  "a\n;=2+3*7\n,=2+3*7",
];

const entry = (date: string, note: string): CsvDiaryEntry => ({
  date,
  painNow: 5,
  painAverage: 4,
  sleepQuality: 6,
  stress: null,
  medicationTaken: true,
  medicationNote: note,
  flareUp: false,
  note,
  activities: [{ key: "walking", amount: 15 }],
});

const entries = HOSTILE.map((note, i) => entry(`2026-01-${String(i + 1).padStart(2, "0")}`, note));
const activity = { key: "walking", name: "=2+3*7;x", unit: "minutes" };

const exports = {
  patient: patientDiaryCsv(entries, [activity], []),
  clinic: clinicDiaryCsv(
    entries.map((e) => ({ ...e, patientId: "p1", patientName: "=2+3*7\n=2+3*7" })),
    () => [activity],
  ),
};

const IMPORTS: [string, ImportOptions][] = [
  ["comma", { separator: "," }],
  ["semicolon", { separator: ";" }],
  ["semicolon, spaces trimmed", { separator: ";", trimSpaces: true }],
  ["tab", { separator: "\t" }],
];

describe.skipIf(missing && !process.env.CI)("diary CSV in LibreOffice Calc", () => {
  let profile = "";
  beforeAll(() => void (profile = mkdtempSync(path.join(tmpdir(), "gradus-calc-profile-"))));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it.each(IMPORTS)(
    "imported with a %s separator, holds no formula cell",
    async (_, options) => {
      expect(
        soffice,
        "LibreOffice is required in CI: .ci/run installs libreoffice-calc-nogui",
      ).not.toBeNull();
      const sep = options.separator;
      // The control: an unprotected formula cell, which the engine must evaluate for the test to mean anything.
      const control = `Date${sep}Note\r\n2026-01-01${sep}=2+3*7\r\n`;
      const sheets = await openInLibreOffice(soffice!, profile, { control, ...exports }, options);

      const evaluated = sheets.control!.filter((c) => c.formula !== null);
      expect(evaluated, "the engine evaluates an unprotected formula").toHaveLength(1);
      expect(evaluated[0]?.value).toBe("23");

      for (const name of ["patient", "clinic"] as const) {
        const cells = sheets[name]!;
        expect(cells.length, name).toBeGreaterThan(HOSTILE.length);
        expect(
          cells.filter((c) => c.formula !== null),
          `${name}: formula cells`,
        ).toEqual([]);
        // Every hostile formula above computes 23: no cell may hold that number.
        expect(
          cells.filter((c) => c.value === "23"),
          `${name}: computed cells`,
        ).toEqual([]);
      }
      if (options.separator === ",") {
        // Read with the separator it was written with, each note is one cell, as written (defused).
        const texts = sheets.patient!.map((c) => c.text);
        expect(texts).toContain("tired today\n'=2+3*7");
        expect(texts).toContain("x;'=2+3*7;y");
      }
    },
    600_000,
  );
});
