"use client";

// The drawing of WeeklyAdherenceChart (recharts), loaded only when the chart comes near the viewport
// (see weekly-adherence-chart.tsx).

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, ResponsiveContainer } from "recharts";
import { formatLocalDate } from "@/lib/domain/calendar";
import { chartMargin, legendProps, tooltipDate, valueAxisProps } from "./chart-frame";

export type WeekPoint = {
  week: string;
  onTarget: number;
  over: number;
  overshoot: number;
  under: number;
  notLogged: number;
};

/** Days per week on target, over, well over (overshoot), under, and not logged. */
export function WeeklyAdherencePlot({ weeks }: { weeks: WeekPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={weeks} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="week"
          tickFormatter={(d: string) => `w/c ${formatLocalDate(d)}`}
          tick={{ fontSize: 12, fill: "#475569" }}
          label={{
            value: "Week starting",
            position: "insideBottom",
            offset: -10,
            fontSize: 12,
            fill: "#475569",
          }}
        />
        <YAxis {...valueAxisProps("days")} domain={[0, 7]} ticks={[0, 1, 2, 3, 4, 5, 6, 7]} />
        <Tooltip labelFormatter={(d) => `Week of ${tooltipDate(d)}`} />
        <Legend {...legendProps} />
        <Bar name="On target" dataKey="onTarget" stackId="d" fill="#0f766e" isAnimationActive={false} />
        <Bar name="Over" dataKey="over" stackId="d" fill="#fbbf24" isAnimationActive={false} />
        <Bar
          name="Overshoot (>130%)"
          dataKey="overshoot"
          stackId="d"
          fill="#c2410c"
          isAnimationActive={false}
        />
        <Bar name="Under" dataKey="under" stackId="d" fill="#94a3b8" isAnimationActive={false} />
        <Bar name="Not logged" dataKey="notLogged" stackId="d" fill="#e2e8f0" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export type WeeklyAdherencePlotProps = Parameters<typeof WeeklyAdherencePlot>[0];
