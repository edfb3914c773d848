"use client";

import dynamic from "next/dynamic";
import { ChartFrame } from "./chart-frame";
import type { SleepStressPlotProps } from "./sleep-stress-plot";
export type { SleepStressPoint } from "./sleep-stress-plot";

// recharts stays out of the page's first-load JavaScript: the drawing's chunk is fetched when ChartFrame
// finds the chart near the viewport; the caption and the screen-reader sentence are server-rendered.
const Plot = dynamic(() => import("./sleep-stress-plot").then((m) => m.SleepStressPlot), { ssr: false });

export function SleepStressChart({ summary, ...plot }: SleepStressPlotProps & { summary: string }) {
  return (
    <ChartFrame title={"Sleep quality and stress (0-10)"} summary={summary}>
      <Plot {...plot} />
    </ChartFrame>
  );
}
