"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatLocalDate } from "@/lib/domain/calendar";

export type PainPoint = { date: string; painNow: number | null; painAverage: number | null };

/** Pain now and average pain per day, 0-10; days without an entry are gaps. */
export function PainTrendChart({ points, summary }: { points: PainPoint[]; summary: string }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium text-slate-800">Pain (0 = none, 10 = worst)</figcaption>
      <p className="sr-only">{summary}</p>
      <div className="h-56 w-full" aria-hidden="true">
        {/* The drawing is hidden from assistive technology (the summary above is read instead), so recharts
            must not make it focusable either. */}
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
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
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              width={40}
              tick={{ fontSize: 12, fill: "#475569" }}
              label={{
                value: "pain 0-10",
                angle: -90,
                position: "insideLeft",
                offset: 8,
                fontSize: 12,
                fill: "#475569",
              }}
            />
            <Tooltip labelFormatter={(d) => formatLocalDate(String(d), "long")} />
            <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
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
      </div>
    </figure>
  );
}
