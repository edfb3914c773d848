import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";
import type { ProgressSummary } from "@/lib/reports/progress-summary";
import { PrintChart } from "./print-chart";
import { SummarySection } from "./summary-section";

const columns: Record<number, string> = { 2: "grid-cols-2", 3: "grid-cols-3" };

/** Pain over the period and each activity done against its quota, with plan revisions marked. */
export function SummaryCharts({ summary }: { summary: ProgressSummary }) {
  const dates = summary.pain.map((p) => p.date);
  const marks = summary.revisionMarks.map((m) => ({ date: m.date, label: `R${m.number}` }));
  const logged = summary.pain.filter((p) => p.painAverage !== null);
  return (
    <SummarySection
      title={`Diary, ${summary.days} ${summary.days === 1 ? "day" : "days"} (${summary.daysLogged} logged)`}
    >
      <div className="flex flex-col gap-2">
        <PrintChart
          title="Average pain (0-10)"
          summary={`Average pain logged on ${logged.length} days; latest ${logged.at(-1)?.painAverage ?? "none"}.`}
          dates={dates}
          yMax={10}
          height={95}
          marks={marks}
          series={[
            {
              kind: "dots",
              label: "Daily",
              color: "#b45309",
              values: summary.pain.map((p) => p.painAverage),
            },
            {
              kind: "line",
              label: "7-day mean",
              color: "#7c2d12",
              values: summary.pain.map((p) => p.rolling),
            },
          ]}
        />
        <div className={`grid gap-x-4 gap-y-2 ${columns[Math.min(3, summary.activities.length)] ?? ""}`}>
          {summary.activities.map((a) => (
            <PrintChart
              key={a.key}
              title={
                a.name.toLowerCase() === UNIT_LABEL[a.unit].many
                  ? a.name
                  : `${a.name} (${UNIT_LABEL[a.unit].many})`
              }
              summary={`${a.name}: amount done each day against the quota.`}
              dates={dates}
              marks={marks}
              width={summary.activities.length > 1 ? 600 / Math.min(3, summary.activities.length) : 600}
              height={summary.activities.length > 1 ? 120 / Math.min(3, summary.activities.length) + 40 : 95}
              series={[
                { kind: "bars", label: "Done", color: "#0f766e", values: a.days.map((d) => d.done) },
                {
                  kind: "step",
                  label: "Quota",
                  color: "#1e293b",
                  values: a.days.map((d) => d.quota),
                  dashed: true,
                },
              ]}
            />
          ))}
        </div>
      </div>
    </SummarySection>
  );
}
