import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";
import type { ProgressSummary } from "@/lib/reports/progress-summary";
import { PrintChart } from "./print-chart";
import { SummarySection } from "./summary-section";

/** Pain over the period and each activity done against its quota, with plan revisions marked. */
export function SummaryCharts({ summary }: { summary: ProgressSummary }) {
  const dates = summary.pain.map((p) => p.date);
  const marks = summary.revisionMarks.map((m) => ({ date: m.date, label: `R${m.number}` }));
  const logged = summary.pain.filter((p) => p.painAverage !== null);
  return (
    <SummarySection title={`Diary, ${summary.days} days (${summary.daysLogged} logged)`}>
      <div className="flex flex-col gap-2">
        <PrintChart
          title="Average pain (0-10)"
          summary={`Average pain logged on ${logged.length} days; latest ${logged.at(-1)?.painAverage ?? "none"}.`}
          dates={dates}
          yMax={10}
          yLabel="NRS"
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
        <div className={`grid gap-2 ${summary.activities.length > 1 ? "grid-cols-2" : ""}`}>
          {summary.activities.map((a) => (
            <PrintChart
              key={a.key}
              title={`${a.name} (${UNIT_LABEL[a.unit].many})`}
              summary={`${a.name}: amount done each day against the quota.`}
              dates={dates}
              yLabel={UNIT_LABEL[a.unit].short}
              marks={marks}
              height={summary.activities.length > 1 ? 170 : 130}
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
