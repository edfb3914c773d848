"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ActivityDoneChart } from "@/components/charts/activity-done-chart";
import { ClinicPainChart } from "@/components/charts/clinic-pain-chart";
import { SleepStressChart } from "@/components/charts/sleep-stress-chart";
import { WeeklyAdherenceChart } from "@/components/charts/weekly-adherence-chart";
import { Button } from "@/components/ui/button";
import { formatLocalDate } from "@/lib/domain/calendar";
import { meanOf } from "@/lib/domain/series";
import type { PatientSeries } from "@/lib/charts/patient-series";
import { RANGE_LABEL, SERIES_RANGES, type SeriesRange } from "@/lib/validation/series-range";
import { patientSeriesQuery } from "./series-query";

/** The patient's charts, with the range switched in place (prefetched on the server for the default). */
export function PatientCharts({
  patientId,
  initialRange,
  episode,
}: {
  patientId: string;
  initialRange: SeriesRange;
  /** An earlier episode of care to stay within; the current one when left out. */
  episode?: number;
}) {
  const [range, setRange] = useState<SeriesRange>(initialRange);
  const client = useQueryClient();
  const { data, isFetching, isError, error, refetch } = useQuery({
    ...patientSeriesQuery(patientId, range, episode),
    placeholderData: keepPreviousData,
  });

  return (
    <section aria-labelledby="charts-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="charts-heading" className="font-semibold">
          Diary against the plan
        </h2>
        <div role="group" aria-label="Time range" className="flex gap-1 rounded-lg bg-slate-100 p-1">
          {SERIES_RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={r === range}
              onClick={() => setRange(r)}
              onMouseEnter={() => void client.prefetchQuery(patientSeriesQuery(patientId, r, episode))}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm"
            >
              {RANGE_LABEL[r]}
            </button>
          ))}
        </div>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-slate-600">
        {isFetching
          ? "Loading…"
          : data
            ? `${formatLocalDate(data.from, "long")} to ${formatLocalDate(data.to, "long")}${data.granularity === "week" ? ", weekly means" : ""}`
            : ""}
      </p>
      {isError ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error.message}{" "}
          <Button type="button" variant="secondary" className="ml-2 min-h-9" onClick={() => void refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {data ? <Charts data={data} /> : null}
    </section>
  );
}

function Charts({ data }: { data: PatientSeries }) {
  const revisionDates = data.revisions.map((r) => r.date);
  const pains = data.points.map((p) => p.painAverage);
  const logged = pains.filter((p) => p !== null).length;
  const fmt = (n: number | null) => (n === null ? "no data" : n.toFixed(1));
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ClinicPainChart
        points={data.points}
        revisionDates={revisionDates}
        summary={`Average pain ${fmt(meanOf(pains.slice(0, 7)))} at the start and ${fmt(meanOf(pains.slice(-7)))} at the end of the range; ${logged} of ${data.points.length} ${data.granularity}s logged.`}
      />
      {data.activities.map((a) => {
        const points = a.points;
        return (
          <ActivityDoneChart
            key={a.key}
            title={`${a.name}: done and quota (${a.unit})`}
            unitLabel={a.unit}
            points={points}
            revisionDates={revisionDates}
            summary={`${a.name}: logged on ${points.filter((p) => p.done !== null).length} ${data.granularity}s; latest quota ${points.at(-1)?.quota ?? "none"} ${a.unit}.`}
          />
        );
      })}
      <WeeklyAdherenceChart
        weeks={data.weeks}
        summary={`Days on target per week: ${data.weeks.map((w) => `${formatLocalDate(w.week)} ${w.onTarget}, overshoot ${w.overshoot}`).join("; ")}.`}
      />
      <SleepStressChart
        points={data.points}
        summary={`Sleep quality averaged ${fmt(meanOf(data.points.map((p) => p.sleep)))} and stress ${fmt(meanOf(data.points.map((p) => p.stress)))} over the range.`}
      />
    </div>
  );
}
