import type { DiaryEntry } from "@/db/queries/diary";
import { formatLocalDate } from "@/lib/domain/calendar";

/** The recent diary, newest first, with notes and flare-ups. */
export function DiaryTable({
  entries,
  activities,
  quotas = {},
}: {
  entries: DiaryEntry[];
  activities: { key: string; name: string }[];
  /** The quota of each activity by day, shown beside what was done. */
  quotas?: Record<string, Record<string, number | null>>;
}) {
  if (entries.length === 0)
    return <p className="text-sm text-slate-600">No diary entries in the last 4 weeks.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-left text-sm">
        <caption className="sr-only">Diary entries of the last 4 weeks, newest first</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Date
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Pain now / avg
            </th>
            {activities.map((a) => (
              <th key={a.key} scope="col" className="py-2 pr-3 font-semibold">
                {a.name} done / quota
              </th>
            ))}
            <th scope="col" className="py-2 pr-3 font-semibold">
              Sleep
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Stress
            </th>
            <th scope="col" className="py-2 font-semibold">
              Flare-up, medication, note
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...entries].reverse().map((e) => (
            <tr key={e.date} className={e.flareUp ? "bg-amber-50" : undefined}>
              <td className="whitespace-nowrap py-2 pr-3">{formatLocalDate(e.date, "medium")}</td>
              <td className="py-2 pr-3 tabular-nums">
                {e.painNow} / {e.painAverage}
              </td>
              {activities.map((a) => (
                <td key={a.key} className="py-2 pr-3 tabular-nums">
                  {e.activities.find((l) => l.key === a.key)?.amount ?? "—"} /{" "}
                  {quotas[e.date]?.[a.key] ?? "—"}
                </td>
              ))}
              <td className="py-2 pr-3 tabular-nums">{e.sleepQuality ?? "—"}</td>
              <td className="py-2 pr-3 tabular-nums">{e.stress ?? "—"}</td>
              <td className="py-2 text-slate-700">
                {[
                  e.flareUp ? "Flare-up" : null,
                  e.medicationTaken ? `Medication${e.medicationNote ? `: ${e.medicationNote}` : ""}` : null,
                  e.note,
                ]
                  .filter(Boolean)
                  .join(" · ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
