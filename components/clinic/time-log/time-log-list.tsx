import type { TimeLogEntry } from "@/db/queries/time-log";

const KIND: Record<TimeLogEntry["kind"], string> = { review: "Review", call: "Call", message: "Message" };

/** The latest logged minutes for a patient, newest first. */
export function TimeLogList({ entries, timeZone }: { entries: TimeLogEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No time logged yet.</p>;
  const date = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium" });
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap justify-between gap-x-3 py-2">
          <span>
            <span className="font-medium tabular-nums">{e.minutes} min</span> · {KIND[e.kind]}
            {e.note ? <span className="text-slate-600"> · {e.note}</span> : null}
          </span>
          <span className="text-slate-500">
            {date.format(e.createdAt)}, {e.clinicianName}
          </span>
        </li>
      ))}
    </ul>
  );
}
