"use client";

import { useEffect, useRef, useState } from "react";
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

/** Legend above the plot, its words in dark text whatever the series colour (pale series stay readable). */
export const legendProps = {
  verticalAlign: "top",
  height: 28,
  wrapperStyle: { fontSize: 12 },
  formatter: (value: unknown) => <span style={{ color: "#334155" }}>{String(value)}</span>,
} as const;

/**
 * A chart with its caption and a sentence for screen readers. The drawing itself is hidden from assistive
 * technology (the sentence is read instead), so charts inside must set accessibilityLayer={false}. No
 * recharts here: the drawing is a child mounted only near the viewport, its module fetched then.
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
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div ref={box} className="h-56 w-full" aria-hidden="true">
        {/* The drawing (a lazily loaded recharts module, e.g. pain-trend-plot.tsx) fills this box. */}
        {near ? children : null}
      </div>
    </figure>
  );
}

/**
 * True once the element comes within a screen of the viewport. A page with many charts draws only those
 * about to be seen, so opening it does not block the main thread drawing charts nobody has scrolled to.
 */
function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "100% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

type TooltipRow = {
  name?: unknown;
  value?: unknown;
  color?: string;
  payload?: { date?: string; revision?: string | null };
};

/** Tooltip with the date, each series, and the plan revision that starts that day (with its reason). */
export function DateTooltip({
  active,
  payload,
  unit,
}: {
  active?: boolean;
  payload?: TooltipRow[];
  unit?: string;
}) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload;
  return (
    <div className="max-w-64 rounded-md border border-slate-200 bg-white p-2 text-xs shadow-md">
      <p className="font-semibold">{row?.date ? tooltipDate(row.date) : ""}</p>
      {payload.map((p) => (
        <p key={String(p.name)} style={{ color: p.color }}>
          {String(p.name)}:{" "}
          {p.value === null || p.value === undefined ? "—" : `${p.value}${unit ? ` ${unit}` : ""}`}
        </p>
      ))}
      {row?.revision ? (
        <p className="mt-1 border-t border-slate-100 pt-1 text-slate-700">{row.revision}</p>
      ) : null}
    </div>
  );
}

/** Dashed vertical lines where plan revisions start. */
export const revisionLineProps = { stroke: "#94a3b8", strokeDasharray: "4 3" } as const;
