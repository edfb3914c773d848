"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { OutcomePlotProps } from "./outcome-plot";
export type { OutcomeChartProps } from "./outcome-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./outcome-plot").then((m) => m.OutcomePlot), { ssr: false });

/**
 * One outcome measure over time against the patient's first score, with the line a change must cross to
 * matter (the MIC) and a marker where it first did.
 */
export function OutcomeChart({ summary, ...plot }: OutcomePlotProps & { summary: string }) {
  return (
    <ChartFrame title={plot.title} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
