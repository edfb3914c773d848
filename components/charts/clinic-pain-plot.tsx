"use client";

// The drawing of ClinicPainChart (recharts), loaded only when the chart comes near the viewport
// (see clinic-pain-chart.tsx).

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ResponsiveContainer,
} from "recharts";
import {
  chartMargin,
  legendProps,
  dateAxisProps,
  DateTooltip,
  revisionLineProps,
  valueAxisProps,
} from "./chart-frame";

export type ClinicPainPoint = {
  date: string;
  painNow: number | null;
  painAverage: number | null;
  painRolling: number | null;
  revision: string | null;
};

/** Pain now and average per day with the 7-day rolling mean, plan revisions marked. */
export function ClinicPainPlot({
  points,
  revisionDates,
}: {
  points: ClinicPainPoint[];
  revisionDates: string[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps("pain 0-10")} domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
        <Tooltip content={<DateTooltip />} />
        <Legend {...legendProps} />
        {revisionDates.map((d) => (
          <ReferenceLine key={d} x={d} {...revisionLineProps} />
        ))}
        <Line
          name="Average pain"
          dataKey="painAverage"
          stroke="#5eead4"
          strokeWidth={1.5}
          dot={{ r: 1.5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Pain now"
          dataKey="painNow"
          stroke="#d97706"
          strokeWidth={1}
          strokeDasharray="3 3"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="7-day mean"
          dataKey="painRolling"
          stroke="#0f766e"
          strokeWidth={2.5}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export type ClinicPainPlotProps = Parameters<typeof ClinicPainPlot>[0];
