"use client";

// The drawing of OutcomeChart (recharts), loaded only when the chart comes near the viewport
// (see outcome-chart.tsx).

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  Tooltip,
  XAxis,
  YAxis,
  ResponsiveContainer,
} from "recharts";
import { chartMargin, dateAxisProps, legendProps, tooltipDate, valueAxisProps } from "./chart-frame";

export type OutcomeChartProps = {
  title: string;
  /** Axis label with the scale, e.g. "PSFS mean 0-10". */
  unitLabel: string;
  points: { date: string; score: number }[];
  first: number;
  /** The score at which the change reaches the minimal important change. */
  micLine: number;
  /** Where the change first reached it (null if never). */
  improvedOn: string | null;
  /** What the MIC is and where its number comes from, e.g. "2 points or 30%, Ostelo et al. 2008". */
  micWords: string;
};

/**
 * One outcome measure over time against the patient's first score, with the line a change must cross to
 * matter (the MIC) and a marker where it first did.
 */
export function OutcomePlot({
  title: _title,
  unitLabel,
  points,
  first,
  micLine,
  improvedOn,
  micWords,
}: OutcomeChartProps) {
  const data = points.map((p) => ({ ...p, first, mic: micLine }));
  const reached = improvedOn ? points.find((p) => p.date === improvedOn) : undefined;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={data} margin={{ ...chartMargin, right: 24 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis {...dateAxisProps} />
        <YAxis {...valueAxisProps(unitLabel)} domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
        <Tooltip labelFormatter={tooltipDate} />
        {/* No fixed height: the MIC entry names its source and wraps in a narrow column, and the plot must
            start below the legend's real height instead of under it. */}
        <Legend {...legendProps} height={undefined} />
        <Line
          name="Score"
          dataKey="score"
          stroke="#0f766e"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
        <Line
          name="First score"
          dataKey="first"
          stroke="#64748b"
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name={`Important change (MIC: ${micWords})`}
          dataKey="mic"
          stroke="#7c3aed"
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
        {reached ? (
          <ReferenceDot
            x={reached.date}
            y={reached.score}
            r={7}
            fill="none"
            stroke="#7c3aed"
            strokeWidth={2.5}
            label={{ value: "MIC reached", position: "top", fontSize: 11, fill: "#5b21b6" }}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}

export type OutcomePlotProps = Parameters<typeof OutcomePlot>[0];
