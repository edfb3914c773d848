"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { ActivityDonePlotProps } from "./activity-done-plot";
export type { DonePoint } from "./activity-done-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./activity-done-plot").then((m) => m.ActivityDonePlot), { ssr: false });

/** What was done each day (bars) against the quota (a step line), with plan revisions marked. */
export function ActivityDoneChart({ summary, ...plot }: ActivityDonePlotProps & { summary: string }) {
  return (
    <ChartFrame title={plot.title} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
