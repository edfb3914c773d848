import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkingActivity } from "@/lib/domain/graded-activity/test-fixtures";
import { clinicDiaryCsv, patientDiaryCsv, type CsvDiaryEntry } from "./diary-csv";

const awkward = 'Walked to "the shop", then sat;\nback ached, 6/10\r\nslept "OK", I think';

const entry = (over: Partial<CsvDiaryEntry> = {}): CsvDiaryEntry => ({
  date: "2026-01-05",
  painNow: 5,
  painAverage: 4,
  sleepQuality: 6,
  stress: null,
  medicationTaken: true,
  medicationNote: "Ibuprofen, 400 mg",
  flareUp: false,
  note: awkward,
  activities: [{ key: "walking", amount: 15 }],
  ...over,
});

const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe("patientDiaryCsv", () => {
  it("round-trips notes with commas, quotes and line breaks through a CSV parser", () => {
    const rows = read(patientDiaryCsv([entry(), entry({ date: "2026-01-06", note: null })], [], []));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.Note).toBe(awkward);
    expect(rows[0]?.Medication).toBe("Ibuprofen, 400 mg");
    expect(rows[0]?.["Medication taken"]).toBe("yes");
    expect(rows[0]?.["Stress (0-10)"]).toBe("");
    expect(rows[1]?.Note).toBe("");
  });

  it("puts each activity's amount beside the quota of the revision in force that day", () => {
    const a = walkingActivity("2026-01-01");
    const revisions = [{ number: 1, effectiveFrom: "2026-01-01", activities: [a] }];
    const csv = patientDiaryCsv(
      [
        entry({ date: "2025-12-31", activities: [] }),
        entry({ date: "2026-01-04", activities: [{ key: "walking", amount: 15 }] }),
      ],
      [{ key: "walking", name: "Walking", unit: "minutes" }],
      revisions,
    );
    const rows = read(csv);
    expect(rows.map((r) => [r["Walking done (minutes)"], r["Walking quota (minutes)"]])).toEqual([
      ["", ""],
      ["15", "16"],
    ]);
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    const [row] = read(patientDiaryCsv([entry({ note: '=HYPERLINK("http://x.example")' })], [], []));
    expect(row?.Note).toBe(`'=HYPERLINK("http://x.example")`);
  });

  it("quotes every text cell, so a plain line break in a note stays inside its cell", () => {
    const csv = patientDiaryCsv([entry({ note: "tired\n=2+3*7", medicationNote: "x;=1+1;y" })], [], []);
    expect(csv).toContain(`"tired\n'=2+3*7"`);
    expect(csv).toContain(`"x;'=1+1;y"`);
    expect(csv).toContain(`"Date","Pain now (0-10)"`);
    const [row] = read(csv);
    expect(row?.Note).toBe("tired\n'=2+3*7");
    expect(row?.["Pain now (0-10)"]).toBe("5");
  });

  it("leaves no formula sign at any place a spreadsheet could begin a cell, whatever the note holds", () => {
    // Formula signs, every character a spreadsheet may split cells at, blanks and plain text.
    const tricky = fc.constantFrom(...'=+-@\uff1d;,\t|" x1'.split(""), "\n", "\r\n");
    fc.assert(
      fc.property(
        fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join("")),
        (note) => {
          const csv = patientDiaryCsv([entry({ note, medicationNote: note })], [], []);
          const fragments = csv.replace(/^\uFEFF/, "").split(/[\r\n,;\t|"]/);
          const formulaStarts = fragments.filter((f) =>
            /^[ \t\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(f),
          );
          expect(formulaStarts).toEqual([]);
          // Nothing the patient wrote is lost: the note reads back as written, give or take the defusing quotes.
          expect(read(csv)[0]?.Note?.replaceAll("'", "")).toBe(note);
        },
      ),
    );
  });

  it("defuses a clinician-named activity in the header too", () => {
    const csv = patientDiaryCsv([entry()], [{ key: "x", name: "=1+1", unit: "minutes" }], []);
    expect(csv).toContain(`"'=1+1 done (minutes)"`);
  });
});

describe("clinicDiaryCsv", () => {
  it("writes one row per entry with the patient and the activities in words", () => {
    const csv = clinicDiaryCsv([{ ...entry(), patientId: "p1", patientName: "James O'Neill, Sr." }], () => [
      { key: "walking", name: "Walking", unit: "minutes" },
    ]);
    const [row] = read(csv);
    expect(row?.Patient).toBe("James O'Neill, Sr.");
    expect(row?.["Activities done"]).toBe("Walking: 15 minutes");
    expect(row?.Note).toBe(awkward);
  });
});
