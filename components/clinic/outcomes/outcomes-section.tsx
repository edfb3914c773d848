import { OutcomeChart } from "@/components/charts/outcome-chart";
import type { OutcomeView } from "@/lib/outcomes/outcome-views";

const TONE = {
  at_best: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  improved: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  worse: "bg-red-50 text-red-900 ring-red-200",
  no_important_change: "bg-slate-50 text-slate-800 ring-slate-200",
} as const;

const SHORT = {
  at_best: "At the best score",
  improved: "Important improvement",
  worse: "Important worsening",
  no_important_change: "No important change",
};

/** Each outcome measure against the first score and its minimal important change, with a verdict in words. */
export function OutcomesSection({ views }: { views: OutcomeView[] }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {views.map((v) => {
        const latest = v.trend.latest;
        const verdict =
          v.trend.points.length > 1 && latest
            ? latest.atBest && latest.verdict !== "worse"
              ? "at_best"
              : latest.verdict
            : null;
        return (
          <div key={v.measure} className="flex flex-col gap-2">
            {verdict ? (
              <span
                className={`self-start rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[verdict]}`}
              >
                {SHORT[verdict]}
              </span>
            ) : null}
            <p className="text-sm text-slate-700">{v.verdict}</p>
            {v.trend.first && v.trend.micLine !== null ? (
              <OutcomeChart
                title={v.title}
                unitLabel={v.unitLabel}
                summary={v.verdict}
                points={v.trend.points.map((p) => ({ date: p.date, score: p.score }))}
                first={v.trend.first.score}
                micLine={v.trend.micLine}
                micWords={v.micWords}
                improvedOn={v.trend.improvedOn}
              />
            ) : (
              <p className="text-sm font-medium text-slate-800">{v.title}</p>
            )}
            {v.itemChanges.length > 0 ? (
              <ul className="text-sm text-slate-700">
                {v.itemChanges.map((c) => (
                  <li key={c.activity}>
                    {c.activity}: {c.change > 0 ? "+" : ""}
                    {c.change} (single-activity change of 3+)
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
