"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import {
  chartMargin,
  ChartFrame,
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
export function ClinicPainChart({
  points,
  summary,
  revisionDates,
}: {
  points: ClinicPainPoint[];
  summary: string;
  revisionDates: string[];
}) {
  return (
    <ChartFrame title="Pain (NRS 0-10)" summary={summary}>
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
    </ChartFrame>
  );
}
