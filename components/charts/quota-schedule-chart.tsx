"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatLocalDate } from "@/lib/domain/calendar";

export type QuotaPoint = { date: string; quota: number | null };

type Props = {
  title: string;
  /** Axis label, e.g. "minutes". */
  unitLabel: string;
  points: QuotaPoint[];
  /** A short sentence saying what the chart shows, read by screen readers instead of the drawing. */
  summary: string;
  /** Dates to mark on the time axis, e.g. today and plan revisions. */
  markers?: { date: string; label: string }[];
};

/** One activity's daily quota as a step line. Receives a ready series; only renders. */
export function QuotaScheduleChart({ title, unitLabel, points, summary, markers = [] }: Props) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div className="h-48 w-full" aria-hidden="true">
        {/* The drawing is hidden from assistive technology (the summary above is read instead), so recharts
            must not make it focusable either. */}
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            accessibilityLayer={false}
            data={points}
            margin={{ top: 8, right: 12, bottom: 16, left: 8 }}
          >
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={(d: string) => formatLocalDate(d)}
              minTickGap={28}
              tick={{ fontSize: 12, fill: "#475569" }}
              label={{ value: "Date", position: "insideBottom", offset: -10, fontSize: 12, fill: "#475569" }}
            />
            <YAxis
              allowDecimals={false}
              width={56}
              tick={{ fontSize: 12, fill: "#475569" }}
              label={{
                value: unitLabel,
                angle: -90,
                position: "insideLeft",
                offset: 4,
                fontSize: 12,
                fill: "#475569",
              }}
            />
            <Tooltip
              labelFormatter={(d) => formatLocalDate(String(d), "long")}
              formatter={(value) => [`${value} ${unitLabel}`, "Quota"]}
            />
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
      </div>
    </figure>
  );
}
