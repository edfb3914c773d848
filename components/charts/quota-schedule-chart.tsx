"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { QuotaSchedulePlotProps } from "./quota-schedule-plot";
export type { QuotaPoint } from "./quota-schedule-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./quota-schedule-plot").then((m) => m.QuotaSchedulePlot), { ssr: false });

/** One activity's daily quota as a step line. Receives a ready series; only renders. */
export function QuotaScheduleChart({ summary, ...plot }: QuotaSchedulePlotProps & { summary: string }) {
  return (
    <ChartFrame title={plot.title} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
