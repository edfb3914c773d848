"use client";

// The drawing of QuotaScheduleChart (recharts), loaded only when the chart comes near the viewport
// (see quota-schedule-chart.tsx).

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ResponsiveContainer,
} from "recharts";
import { chartMargin, dateAxisProps, tooltipDate, valueAxisProps } from "./chart-frame";

export type QuotaPoint = { date: string; quota: number | null };

type Props = {
  title: string;
  /** Axis label, e.g. "minutes". */
  unitLabel: string;
  points: QuotaPoint[];
  /** A short sentence saying what the chart shows, read by screen readers instead of the drawing. */
  /** Dates to mark on the time axis, e.g. today and plan revisions. */
  markers?: { date: string; label: string }[];
};

/** One activity's daily quota as a step line. Receives a ready series; only renders. */
export function QuotaSchedulePlot({ title: _title, unitLabel, points, markers = [] }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps(unitLabel)} />
        <Tooltip labelFormatter={tooltipDate} formatter={(value) => [`${value} ${unitLabel}`, "Quota"]} />
        {markers.map((m) => (
          <ReferenceLine
            key={`${m.date}-${m.label}`}
            x={m.date}
            stroke={m.label === "Today" ? "#0f172a" : "#94a3b8"}
            strokeDasharray={m.label === "Today" ? undefined : "4 3"}
            // Today's label sits at the top and revisions' at the bottom, so close dates stay readable.
            label={{
              value: m.label,
              position: m.label === "Today" ? "insideTopRight" : "insideBottomLeft",
              fontSize: 11,
              fill: "#334155",
            }}
          />
        ))}
        <Line
          type="stepAfter"
          dataKey="quota"
          stroke="#0f766e"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export type QuotaSchedulePlotProps = Parameters<typeof QuotaSchedulePlot>[0];
