"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { chartMargin, ChartFrame, dateAxisProps, tooltipDate, valueAxisProps } from "./chart-frame";

export type DonePoint = { date: string; done: number | null; quota: number | null };

type Props = { title: string; unitLabel: string; points: DonePoint[]; summary: string };

/** What was done each day (bars) against the quota (a step line). */
export function ActivityDoneChart({ title, unitLabel, points, summary }: Props) {
  return (
    <ChartFrame title={title} summary={summary}>
      <ComposedChart accessibilityLayer={false} data={points} margin={chartMargin}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps(unitLabel)} />
        <Tooltip labelFormatter={tooltipDate} formatter={(value, name) => [`${value} ${unitLabel}`, name]} />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Bar name="Done" dataKey="done" fill="#5eead4" isAnimationActive={false} />
        <Line
          name="Target"
          type="stepAfter"
          dataKey="quota"
          stroke="#0f766e"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFrame>
  );
}
