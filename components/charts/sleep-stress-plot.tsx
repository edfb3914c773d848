"use client";

// The drawing of SleepStressChart (recharts), loaded only when the chart comes near the viewport
// (see sleep-stress-chart.tsx).

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, ResponsiveContainer } from "recharts";
import { chartMargin, legendProps, dateAxisProps, DateTooltip, valueAxisProps } from "./chart-frame";

export type SleepStressPoint = { date: string; sleep: number | null; stress: number | null };

export function SleepStressPlot({ points }: { points: SleepStressPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps("score 0-10")} domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
        <Tooltip content={<DateTooltip />} />
        <Legend {...legendProps} />
        <Line
          name="Sleep quality"
          dataKey="sleep"
          stroke="#4338ca"
          strokeWidth={2}
          dot={{ r: 1.5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Stress"
          dataKey="stress"
          stroke="#be123c"
          strokeWidth={2}
          dot={{ r: 1.5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export type SleepStressPlotProps = Parameters<typeof SleepStressPlot>[0];
