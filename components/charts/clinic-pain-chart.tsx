"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { ClinicPainPlotProps } from "./clinic-pain-plot";
export type { ClinicPainPoint } from "./clinic-pain-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./clinic-pain-plot").then((m) => m.ClinicPainPlot), { ssr: false });

/** Pain now and average per day with the 7-day rolling mean, plan revisions marked. */
export function ClinicPainChart({ summary, ...plot }: ClinicPainPlotProps & { summary: string }) {
  return (
    <ChartFrame title={"Pain (NRS 0-10)"} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
