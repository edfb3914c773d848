"use client";

// The drawing of PainTrendChart (recharts), loaded only when the chart comes near the viewport
// (see pain-trend-chart.tsx).

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis, ResponsiveContainer } from "recharts";
import { chartMargin, legendProps, dateAxisProps, tooltipDate, valueAxisProps } from "./chart-frame";

export type PainPoint = { date: string; painNow: number | null; painAverage: number | null };

/** Pain now and average pain per day, 0-10; days without an entry are gaps. */
export function PainTrendPlot({ points }: { points: PainPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps("pain 0-10")} domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
        <Tooltip labelFormatter={tooltipDate} />
        <Legend {...legendProps} />
        <Line
          name="Average pain"
          dataKey="painAverage"
          stroke="#0f766e"
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Pain now"
          dataKey="painNow"
          stroke="#b45309"
          strokeWidth={1.5}
          strokeDasharray="4 3"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export type PainTrendPlotProps = Parameters<typeof PainTrendPlot>[0];
