"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatLocalDate } from "@/lib/domain/calendar";

export type DonePoint = { date: string; done: number | null; quota: number | null };

/** What was done each day (bars) against the quota (a step line). */
export function ActivityDoneChart({
  title,
  unitLabel,
  points,
  summary,
}: {
  title: string;
  unitLabel: string;
  points: DonePoint[];
  summary: string;
}) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div className="h-56 w-full" aria-hidden="true">
        {/* The drawing is hidden from assistive technology (the summary above is read instead), so recharts
            must not make it focusable either. */}
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            accessibilityLayer={false}
            data={points}
            margin={{ top: 8, right: 8, bottom: 16, left: 0 }}
          >
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => formatLocalDate(d)}
              minTickGap={24}
              tick={{ fontSize: 12, fill: "#475569" }}
              label={{ value: "Date", position: "insideBottom", offset: -10, fontSize: 12, fill: "#475569" }}
            />
            <YAxis
              allowDecimals={false}
              width={48}
              tick={{ fontSize: 12, fill: "#475569" }}
              label={{
                value: unitLabel,
                angle: -90,
                position: "insideLeft",
                offset: 8,
                fontSize: 12,
                fill: "#475569",
              }}
            />
            <Tooltip
              labelFormatter={(d) => formatLocalDate(String(d), "long")}
              formatter={(value, name) => [`${value} ${unitLabel}`, name]}
            />
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
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
