"use client";

// The drawing of ActivityDoneChart (recharts), loaded only when the chart comes near the viewport
// (see activity-done-chart.tsx).

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
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

export type DonePoint = { date: string; done: number | null; quota: number | null; revision?: string | null };

type Props = {
  title: string;
  unitLabel: string;
  points: DonePoint[];
  revisionDates?: string[];
  /** The word for the planned amount: "Quota" for clinicians, "Target" in the patient's portal. */
  plannedLabel?: string;
};

/** What was done each day (bars) against the quota (a step line), with plan revisions marked. */
export function ActivityDonePlot({
  title: _title,
  unitLabel,
  points,
  revisionDates = [],
  plannedLabel = "Quota",
}: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps(unitLabel)} />
        <Tooltip content={<DateTooltip unit={unitLabel} />} />
        <Legend {...legendProps} />
        {revisionDates.map((d) => (
          <ReferenceLine key={d} x={d} {...revisionLineProps} />
        ))}
        <Bar name="Done" dataKey="done" fill="#5eead4" isAnimationActive={false} />
        <Line
          name={plannedLabel}
          type="stepAfter"
          dataKey="quota"
          stroke="#0f766e"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export type ActivityDonePlotProps = Parameters<typeof ActivityDonePlot>[0];
