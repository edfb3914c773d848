"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { WeeklyAdherencePlotProps } from "./weekly-adherence-plot";
export type { WeekPoint } from "./weekly-adherence-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./weekly-adherence-plot").then((m) => m.WeeklyAdherencePlot), {
  ssr: false,
});

/** Days per week on target, over, well over (overshoot), under, and not logged. */
export function WeeklyAdherenceChart({ summary, ...plot }: WeeklyAdherencePlotProps & { summary: string }) {
  return (
    <ChartFrame title={"Days per week against the quota"} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
