"use client";

import { ResponsiveContainer } from "recharts";
import { formatLocalDate } from "@/lib/domain/calendar";

const tick = { fontSize: 12, fill: "#475569" };

/** The time axis every chart shares: calendar dates, labelled. */
export const dateAxisProps = {
  dataKey: "date",
  tickFormatter: (d: string) => formatLocalDate(d),
  minTickGap: 24,
  tick,
  label: { value: "Date", position: "insideBottom", offset: -10, fontSize: 12, fill: "#475569" },
} as const;

/** A value axis labelled with its unit. */
export const valueAxisProps = (unitLabel: string) =>
  ({
    allowDecimals: false,
    width: 52,
    tick,
    label: { value: unitLabel, angle: -90, position: "insideLeft", offset: 8, fontSize: 12, fill: "#475569" },
  }) as const;

export const tooltipDate = (d: unknown) => formatLocalDate(String(d), "long");

export const chartMargin = { top: 8, right: 12, bottom: 16, left: 4 };

/**
 * A chart with its caption and a sentence for screen readers. The drawing itself is hidden from assistive
 * technology (the sentence is read instead), so charts inside must set accessibilityLayer={false}.
 */
export function ChartFrame({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: React.ReactElement;
}) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
