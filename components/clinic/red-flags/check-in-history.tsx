import type { listRedFlagReports } from "@/db/queries/red-flags";
import { formatLocalDate } from "@/lib/domain/calendar";
import { positiveAnswers } from "@/lib/domain/red-flags";

type Report = Awaited<ReturnType<typeof listRedFlagReports>>[number];

const TRIGGER = {
  onboarding: "at onboarding",
  weekly: "weekly",
  diary: "after a worrying diary day",
} as const;
const TIER = {
  none: "no red flags",
  urgent: "urgent",
  emergency: "emergency",
} as const;

/** The patient's recent safety check-ins: when and why asked, the outcome, and who acknowledged it. */
export function CheckInHistory({ reports }: { reports: Report[] }) {
  if (reports.length === 0) return <p className="text-sm text-slate-600">No safety check-ins yet.</p>;
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {reports.map((r) => (
        <li key={r.id} className="border-b border-slate-100 pb-2 last:border-0">
          <p>
            <span className="font-medium">{formatLocalDate(r.answeredOn)}</span>, {TRIGGER[r.trigger]}:{" "}
            <span className={r.tier === "none" ? "text-slate-700" : "font-semibold text-red-800"}>
              {TIER[r.tier]}
            </span>
          </p>
          {r.tier !== "none" ? (
            <p className="text-slate-700">
              {positiveAnswers(r.answers)
                .map((q) => q.label)
                .join("; ")}
              {r.acknowledgedAt
                ? `. Acknowledged by ${r.acknowledgedByName ?? "a clinician"}: “${r.acknowledgementNote ?? ""}”`
                : ". Not yet acknowledged."}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
