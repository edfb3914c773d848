import { stringify, type Options } from "csv-stringify/sync";
import { defuseFormulas } from "@/lib/interop/csv/defuse-formulas";
import type { DaysBand, MinutesBand } from "@/lib/domain/monitoring-record";
import type { MonitoringRow } from "./monthly-list";

// The same CSV dialect as the diary exports (lib/interop/csv/diary-csv.ts): quoted text, defused formulas.
const OPTIONS = {
  header: true,
  bom: true,
  record_delimiter: "windows",
  quoted_string: true,
  cast: { string: defuseFormulas },
} as const satisfies Options;

const COLUMNS = [
  { key: "patient", header: "Patient" },
  { key: "month", header: "Month" },
  { key: "start", header: "Monitoring start (first plan day)" },
  { key: "periodFrom", header: "30-day period from" },
  { key: "periodTo", header: "30-day period to" },
  { key: "inProgress", header: "Period still running" },
  { key: "days", header: "Days of data in period" },
  { key: "daysThreshold", header: "Days threshold met (2-15 or 16-30)" },
  { key: "dataDates", header: "Dates with data (diary, questionnaire, check-in)" },
  { key: "minutes", header: "Minutes logged in month" },
  { key: "minutesThreshold", header: "Minutes threshold met (10-19 or 20+)" },
  { key: "minuteDates", header: "Logged minutes (date minutes type)" },
  { key: "contact", header: "Interactive contact in month" },
  { key: "contactDates", header: "Contact dates" },
];

const bandWords = (band: DaysBand | MinutesBand) => (band === "below" ? "none" : band);

/** The monthly monitoring list as CSV: one row per patient and period (one row without a period). */
export function monthlyCsv(rows: MonitoringRow[]): string {
  const records = rows.flatMap(({ fullName, record: r }): Record<string, string | number>[] => {
    const month = {
      patient: fullName,
      month: r.month,
      start: r.start ?? "",
      minutes: r.minutes,
      minutesThreshold: bandWords(r.minutesBand),
      minuteDates: r.timeEntries.map((t) => `${t.date} ${t.minutes} ${t.kind}`).join("; "),
      contact: r.contact ? "yes" : "no",
      contactDates: [
        ...r.contactEvidence.patientWrote.map((d) => `${d} patient wrote`),
        ...r.contactEvidence.careTeamWrote.map((d) => `${d} care team wrote`),
        ...r.contactEvidence.calls.map((d) => `${d} call`),
      ].join("; "),
    };
    if (r.periods.length === 0)
      return [
        {
          ...month,
          periodFrom: "",
          periodTo: "",
          inProgress: "",
          days: "",
          daysThreshold: "",
          dataDates: "",
        },
      ];
    return r.periods.map((p) => ({
      ...month,
      periodFrom: p.from,
      periodTo: p.to,
      inProgress: p.inProgress ? "yes" : "no",
      days: p.days,
      daysThreshold: bandWords(p.band),
      dataDates: p.dates.map((d) => `${d.date} ${d.kinds.join("+")}`).join("; "),
    }));
  });
  return stringify(records, { ...OPTIONS, columns: COLUMNS });
}
