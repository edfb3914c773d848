"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { PainTrendPlotProps } from "./pain-trend-plot";
export type { PainPoint } from "./pain-trend-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./pain-trend-plot").then((m) => m.PainTrendPlot), { ssr: false });

/** Pain now and average pain per day, 0-10; days without an entry are gaps. */
export function PainTrendChart({ summary, ...plot }: PainTrendPlotProps & { summary: string }) {
  return (
    <ChartFrame title={"Pain (0 = none, 10 = worst)"} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
