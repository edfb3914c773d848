import Link from "next/link";
import { formatLocalDate } from "@/lib/domain/calendar";
import type { TriageRow } from "@/lib/triage/triage-list";
import { AlertBadge } from "./alert-badge";
import { Sparkline } from "./sparkline";
import { StatusBadge } from "./status-badge";

function lastEntryText(row: TriageRow) {
  if (!row.lastEntryDate) return "Never";
  if (row.daysSinceLastEntry === 0) return "Today";
  if (row.daysSinceLastEntry === 1) return "Yesterday";
  return `${formatLocalDate(row.lastEntryDate)} (${row.daysSinceLastEntry} days)`;
}

/** Patients by need: critical, high, low, then the longest silence. */
export function TriageTable({ rows, currentUserId }: { rows: TriageRow[]; currentUserId: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[720px] text-left text-sm">
        <caption className="sr-only">Patients ordered by who needs attention first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Patient
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Needs attention
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Last entry
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Pain, 14 days
            </th>
            <th scope="col" className="px-3 py-3 text-right font-semibold">
              On target <span className="block">7 days</span>
            </th>
            <th scope="col" className="px-3 py-3 text-right font-semibold">
              Plan <span className="block">week</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id} className="align-top hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/patients/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.fullName}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {r.status !== "active" ? <StatusBadge status={r.status} /> : null}
                  <span>
                    {r.primaryClinicianName}
                    {r.primaryClinicianId === currentUserId ? " (you)" : ""}
                  </span>
                  {r.unreadMessages > 0 ? (
                    <span className="rounded-full bg-brand-100 px-2 py-0.5 font-medium text-brand-800">
                      {r.unreadMessages} unread {r.unreadMessages === 1 ? "message" : "messages"}
                    </span>
                  ) : null}
                </div>
              </td>
              <td className="px-4 py-3">
                {r.alerts.length > 0 ? (
                  <ul className="flex flex-col items-start gap-1">
                    {r.alerts.map((a) => (
                      <li key={a.rule}>
                        <AlertBadge alert={a} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-500">Nothing new</span>
                )}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">{lastEntryText(r)}</td>
              <td className="px-4 py-3">
                {r.painSparkline.some((v) => v !== null) ? (
                  <Sparkline
                    values={r.painSparkline}
                    label={`Average pain over 14 days: ${r.painSparkline.map((v) => (v === null ? "no entry" : v)).join(", ")}`}
                  />
                ) : (
                  <span className="text-slate-500">No entries</span>
                )}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {r.onTargetPercent === null ? "—" : `${r.onTargetPercent}%`}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{r.planWeek ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
