import { formatLocalDate } from "@/lib/domain/calendar";
import { niceScaleTop, scaleTicks } from "@/lib/domain/chart-scale";

/**
 * A small chart drawn as plain SVG on the server, for paper: no JavaScript, no measuring the window, sharp at
 * any print resolution. The viewBox is fixed and the SVG scales to the column it is printed in.
 */
export type PrintSeries =
  | { kind: "bars"; label: string; color: string; values: (number | null)[] }
  | {
      kind: "line" | "step" | "dots";
      label: string;
      color: string;
      values: (number | null)[];
      dashed?: boolean;
    };

const PAD = { left: 26, right: 6, top: 6, bottom: 16 };

/** Short enough for the narrow left margin: 20000 steps read "20k". */
function tickLabel(v: number): string {
  if (v >= 1000) return `${Number((v / 1000).toFixed(1))}k`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

function path(points: ([number, number] | null)[], step: boolean): string {
  let d = "";
  let previous: [number, number] | null = null;
  for (const p of points) {
    if (!p) {
      previous = null;
      continue;
    }
    if (!previous) d += `M${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    else if (step) d += `H${p[0].toFixed(1)}V${p[1].toFixed(1)}`;
    else d += `L${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    previous = p;
  }
  return d;
}

export function PrintChart({
  title,
  summary,
  dates,
  series,
  yMax,
  marks = [],
  width = 600,
  height = 120,
}: {
  title: string;
  /** Read by screen readers instead of the drawing. */
  summary: string;
  dates: string[];
  series: PrintSeries[];
  /** Fixed top of the scale (10 for pain); otherwise a round number above the data. */
  yMax?: number;
  marks?: { date: string; label: string }[];
  /** The drawing's own units: text is 10 of them high, so a narrower chart gets relatively larger text. */
  width?: number;
  height?: number;
}) {
  const n = Math.max(1, dates.length);
  const W = width;
  const plotW = W - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const slot = plotW / n;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = yMax ?? niceScaleTop(all, 1);
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const y = (v: number) => PAD.top + plotH - (Math.min(v, top) / top) * plotH;
  const tickEvery = Math.max(1, Math.ceil(n / Math.max(3, Math.floor(W / 100))));
  const ticks = dates.map((d, i) => ({ d, i })).filter(({ i }) => i % tickEvery === 0);

  return (
    <figure className="break-inside-avoid">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 text-xs font-medium text-slate-800">
        <span>{title}</span>
        <span className="flex flex-wrap gap-x-3 font-normal text-slate-600" aria-hidden="true">
          {series.map((s) => (
            <span key={s.label} className="inline-flex items-center gap-1">
              <svg width="14" height="6" aria-hidden="true">
                <rect width="14" height="6" fill={s.color} opacity={s.kind === "bars" ? 0.6 : 1} />
              </svg>
              {s.label}
            </span>
          ))}
        </span>
      </figcaption>
      <p className="sr-only">{summary}</p>
      <svg viewBox={`0 0 ${W} ${height}`} className="mt-1 w-full" aria-hidden="true" fontSize="10">
        {scaleTicks(top).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" fill="#475569">
              {tickLabel(v)}
            </text>
          </g>
        ))}
        {marks.map((m) => {
          const i = dates.indexOf(m.date);
          if (i < 0) return null;
          return (
            <g key={`${m.date}-${m.label}`}>
              <line
                x1={x(i)}
                x2={x(i)}
                y1={PAD.top}
                y2={PAD.top + plotH}
                stroke="#64748b"
                strokeDasharray="3 3"
              />
              <text
                x={x(i) > W - 40 ? x(i) - 2 : x(i) + 2}
                y={PAD.top + 8}
                textAnchor={x(i) > W - 40 ? "end" : "start"}
                fill="#334155"
                fontSize="9"
              >
                {m.label}
              </text>
            </g>
          );
        })}
        {series.map((s) =>
          s.kind === "bars" ? (
            <g key={s.label} fill={s.color} opacity={0.6}>
              {s.values.map((v, i) =>
                v === null || v === 0 ? null : (
                  <rect
                    key={i}
                    x={x(i) - slot * 0.4}
                    width={slot * 0.8}
                    y={y(v)}
                    height={PAD.top + plotH - y(v)}
                  />
                ),
              )}
            </g>
          ) : s.kind === "dots" ? (
            <g key={s.label} fill={s.color}>
              {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={1.8} />))}
            </g>
          ) : (
            <path
              key={s.label}
              d={path(
                s.values.map((v, i) => (v === null ? null : [x(i), y(v)])),
                s.kind === "step",
              )}
              fill="none"
              stroke={s.color}
              strokeWidth={1.6}
              strokeDasharray={s.dashed ? "5 3" : undefined}
            />
          ),
        )}
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#94a3b8" />
        {ticks.map(({ d, i }) => (
          <text key={d} x={x(i)} y={height - 4} textAnchor="middle" fill="#475569">
            {formatLocalDate(d)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
