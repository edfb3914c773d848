import Link from "next/link";
import type { DataKind, MinutesBand, DaysBand } from "@/lib/domain/monitoring-record";
import type { MonitoringRow } from "@/lib/monitoring-record/monthly-list";

const KIND: Record<DataKind, string> = {
  diary: "diary",
  questionnaire: "questionnaire",
  "check-in": "safety check-in",
};

const band = (b: DaysBand | MinutesBand) =>
  b === "below" ? (
    <span className="text-slate-500">no threshold met</span>
  ) : (
    <span className="font-medium text-emerald-800">{b} met</span>
  );

/**
 * The clinic's monthly monitoring list. Every number opens (one click, no page change) onto the dates behind
 * it, so the list can be checked against the diary day by day.
 */
export function MonthlyTable({ rows }: { rows: MonitoringRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[760px] text-left text-sm">
        <caption className="sr-only">Remote-monitoring record per patient for the month</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Patient
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Days of data (30-day period)
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Minutes in month
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Interactive contact
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ patientId, fullName, record: r }) => (
            <tr key={patientId} className="align-top">
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/patients/${patientId}`} className="font-medium text-brand-700 hover:underline">
                  {fullName}
                </Link>
                <div className="mt-1 text-xs text-slate-600">
                  {r.start ? `Monitoring since ${r.start}` : "No plan yet: monitoring not started"}
                </div>
              </th>
              <td className="px-4 py-3">
                {r.periods.length === 0 ? (
                  <span className="text-slate-500">No period in this month</span>
                ) : (
                  <ul className="flex flex-col gap-2">
                    {r.periods.map((p) => (
                      <li key={p.index}>
                        <details>
                          <summary className="cursor-pointer">
                            <span className="font-semibold tabular-nums">{p.days} days</span>, {p.from} to{" "}
                            {p.to}
                            {p.inProgress ? " (running)" : ""} · {band(p.band)}
                          </summary>
                          {p.dates.length === 0 ? (
                            <p className="mt-1 text-slate-600">No days with data.</p>
                          ) : (
                            <ul className="mt-1 list-disc pl-5 text-slate-700">
                              {p.dates.map((d) => (
                                <li key={d.date}>
                                  {d.date}: {d.kinds.map((k) => KIND[k]).join(", ")}
                                </li>
                              ))}
                            </ul>
                          )}
                        </details>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-4 py-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-semibold tabular-nums">{r.minutes} min</span> ·{" "}
                    {band(r.minutesBand)}
                  </summary>
                  {r.timeEntries.length === 0 ? (
                    <p className="mt-1 text-slate-600">No time logged this month.</p>
                  ) : (
                    <ul className="mt-1 list-disc pl-5 text-slate-700">
                      {r.timeEntries.map((t, i) => (
                        <li key={i}>
                          {t.date}: {t.minutes} min, {t.kind}, {t.by}
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </td>
              <td className="px-4 py-3">
                <details>
                  <summary className="cursor-pointer">
                    {r.contact ? (
                      <span className="font-medium text-emerald-800">Yes</span>
                    ) : (
                      <span className="text-slate-500">No</span>
                    )}
                  </summary>
                  <ul className="mt-1 list-disc pl-5 text-slate-700">
                    <li>Patient wrote: {r.contactEvidence.patientWrote.join(", ") || "no"}</li>
                    <li>Care team wrote: {r.contactEvidence.careTeamWrote.join(", ") || "no"}</li>
                    <li>Calls logged: {r.contactEvidence.calls.join(", ") || "none"}</li>
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
