import "server-only";
import { stringify, type Options } from "csv-stringify/sync";
import { planQuotasOn, type NumberedRevision } from "@/lib/domain/graded-activity/plan-schedule";
import type { StoredDiaryDay } from "@/db/queries/diary";
import { defuseFormulas } from "./defuse-formulas";

/**
 * Diary exports as CSV, written by csv-stringify. Every text cell (headers included) is quoted, so a line
 * break, comma or semicolon in a note stays inside its cell for any reader, and formula starts are
 * defused wherever a spreadsheet could begin a cell (see defuse-formulas.ts): a patient's note must never
 * execute on the clinician's computer. Numbers stay unquoted so spreadsheets read them as numbers.
 * A byte-order mark lets Excel read the file as UTF-8.
 */
const OPTIONS = {
  header: true,
  bom: true,
  record_delimiter: "windows",
  quoted_string: true,
  cast: { string: defuseFormulas },
} as const satisfies Options;

export type CsvDiaryEntry = StoredDiaryDay;

export type CsvActivity = { key: string; name: string; unit: string };

const yesNo = (v: boolean | null) => (v === null ? "" : v ? "yes" : "no");

const COMMON_COLUMNS = [
  { key: "date", header: "Date" },
  { key: "painNow", header: "Pain now (0-10)" },
  { key: "painAverage", header: "Average pain (0-10)" },
  { key: "sleepQuality", header: "Sleep quality (0-10)" },
  { key: "stress", header: "Stress (0-10)" },
  { key: "medicationTaken", header: "Medication taken" },
  { key: "medicationNote", header: "Medication" },
  { key: "flareUp", header: "Flare-up" },
  { key: "note", header: "Note" },
];

function commonCells(e: CsvDiaryEntry) {
  return {
    date: e.date,
    painNow: e.painNow,
    painAverage: e.painAverage,
    sleepQuality: e.sleepQuality,
    stress: e.stress,
    medicationTaken: yesNo(e.medicationTaken),
    medicationNote: e.medicationNote ?? "",
    flareUp: yesNo(e.flareUp),
    note: e.note ?? "",
  };
}

/**
 * One patient's diary, a row per day logged, with each plan activity's amount done beside that day's quota
 * (the quota of the revision in force on the day, blank while an activity is in baseline).
 */
export function patientDiaryCsv(
  entries: CsvDiaryEntry[],
  activities: CsvActivity[],
  revisions: readonly NumberedRevision[],
): string {
  const columns = [
    ...COMMON_COLUMNS,
    ...activities.flatMap((a) => [
      { key: `done_${a.key}`, header: `${a.name} done (${a.unit})` },
      { key: `quota_${a.key}`, header: `${a.name} quota (${a.unit})` },
    ]),
  ];
  const rows = entries.map((e) => {
    const quotas = planQuotasOn(revisions, e.date);
    const cells: Record<string, string | number | null> = commonCells(e);
    for (const a of activities) {
      cells[`done_${a.key}`] = e.activities.find((l) => l.key === a.key)?.amount ?? null;
      cells[`quota_${a.key}`] = quotas.find((q) => q.activity.key === a.key)?.quota ?? null;
    }
    return cells;
  });
  return stringify(rows, { ...OPTIONS, columns });
}

export type CsvClinicEntry = CsvDiaryEntry & { patientId: string; patientName: string };

/**
 * Every patient's diary in one file for the clinic's admin. Patients follow different plans, so activities
 * are one cell per row ("Walking: 20 minutes; Sit to stand: 8 repetitions") rather than a column each.
 */
export function clinicDiaryCsv(
  entries: CsvClinicEntry[],
  activitiesOf: (patientId: string) => CsvActivity[],
): string {
  const columns = [
    { key: "patientId", header: "Patient id" },
    { key: "patientName", header: "Patient" },
    ...COMMON_COLUMNS,
    { key: "activities", header: "Activities done" },
  ];
  const rows = entries.map((e) => {
    const names = new Map(activitiesOf(e.patientId).map((a) => [a.key, a]));
    const done = e.activities
      .map((l) => {
        const a = names.get(l.key);
        return a ? `${a.name}: ${l.amount} ${a.unit}` : `${l.key}: ${l.amount}`;
      })
      .join("; ");
    return { patientId: e.patientId, patientName: e.patientName, ...commonCells(e), activities: done };
  });
  return stringify(rows, { ...OPTIONS, columns });
}
