import type { Acknowledgement } from "@/db/queries/alerts";
import { alertRuleLabel } from "@/lib/domain/alert-labels";
import { formatLocalDate } from "@/lib/domain/calendar";

const TIER_WORDS: Record<string, string> = {
  urgent: "urgent safety answer",
  emergency: "emergency safety answer",
};

/** What clinicians noted when they acknowledged alerts and red-flag answers, newest first. */
export function AcknowledgementNotes({ items, timeZone }: { items: Acknowledgement[]; timeZone: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Nothing acknowledged yet.</p>;
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {items.map((a) => (
        <li key={`${a.kind}-${a.id}`} className="border-b border-slate-100 pb-2 last:border-0">
          <p>
            <span className="font-medium">
              {a.kind === "alert" ? alertRuleLabel(a.subject) : (TIER_WORDS[a.subject] ?? a.subject)}
            </span>
            {a.day ? <>, {formatLocalDate(a.day)}</> : null}
          </p>
          <p className="text-slate-700">
            {a.note ? <>“{a.note}”</> : <span className="text-slate-500">No note.</span>}
          </p>
          <p className="text-xs text-slate-600">
            {a.byName ?? "A clinician"}, <time dateTime={a.at.toISOString()}>{when.format(a.at)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
