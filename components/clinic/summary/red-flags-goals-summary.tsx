import type { Alert } from "@/lib/domain/alerts";
import { formatLocalDate } from "@/lib/domain/calendar";
import { positiveAnswers } from "@/lib/domain/red-flags";
import type { ProgressSummary } from "@/lib/reports/progress-summary";
import { SummarySection } from "./summary-section";

export type SummaryRedFlag = {
  id: string;
  answeredOn: string;
  tier: "none" | "urgent" | "emergency";
  answers: Record<string, boolean>;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
};

const severityText = { critical: "Critical", high: "High", low: "Low" } as const;
const statusText = { active: "Active", achieved: "Achieved", stopped: "Stopped" } as const;

/** Open alerts and every red-flag answer that needed action, with who acknowledged it. */
export function RedFlagsSummary({ alerts, redFlags }: { alerts: Alert[]; redFlags: SummaryRedFlag[] }) {
  const flagged = redFlags.filter((r) => r.tier !== "none");
  return (
    <SummarySection title="Alerts and red flags">
      {alerts.length === 0 && flagged.length === 0 ? (
        <p className="text-xs text-slate-700">No open alerts; no red-flag answers needing action.</p>
      ) : (
        <ul className="flex flex-col gap-1 text-xs">
          {alerts.map((a) => (
            <li key={a.rule}>
              <span className="font-semibold">{severityText[a.severity]}:</span> {a.reason}
            </li>
          ))}
          {flagged.map((r) => (
            <li key={r.id}>
              <span className="font-semibold">
                Red flag, {r.tier === "emergency" ? "emergency" : "urgent"} (
                {formatLocalDate(r.answeredOn, "medium")}):
              </span>{" "}
              {positiveAnswers(r.answers)
                .map((q) => q.text)
                .join(" ")}{" "}
              <span className="text-slate-600">
                {r.acknowledgedAt
                  ? `Acknowledged by ${r.acknowledgedByName ?? "a clinician"}.`
                  : "Not yet acknowledged."}
              </span>
            </li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}

/** The agreed SMART goals, with where the patient is now. */
export function GoalsSummary({ goals }: { goals: ProgressSummary["goals"] }) {
  return (
    <SummarySection title="Goals">
      {goals.length === 0 ? (
        <p className="text-xs text-slate-700">No goals recorded.</p>
      ) : (
        <ul className="flex flex-col gap-1 text-xs">
          {goals.map((g) => (
            <li key={`${g.description}-${g.targetDate}`}>
              <span className="font-medium">“{g.description}”</span>: {g.target} by{" "}
              {formatLocalDate(g.targetDate, "medium")}. {statusText[g.status]}
              {g.status === "active"
                ? g.progress.current === null
                  ? ", no data yet."
                  : `, now ${g.progress.current}${g.progress.met ? " (met)" : g.progress.fraction === null ? " (starting point unknown)" : ` (${Math.round(g.progress.fraction * 100)}% of the way)`}.`
                : "."}
            </li>
          ))}
        </ul>
      )}
    </SummarySection>
  );
}
