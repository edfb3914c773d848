"use client";

import { useId } from "react";
import { formatAmount, UNIT_LABEL, UNIT_STEP, type Unit } from "@/lib/domain/graded-activity/units";

export type LoggableActivity = { key: string; name: string; unit: Unit; quota: number | null; goal: number };

type Props = { activity: LoggableActivity; value: string; error?: string; onChange: (value: string) => void };

/** Quick steps for common cases (as planned, a bit less or more) and a box for the exact amount. */
export function ActivityLogger({ activity, value, error, onChange }: Props) {
  const id = useId();
  const step =
    activity.unit === "minutes" ? 5 : activity.unit === "repetitions" ? 1 : UNIT_STEP[activity.unit] * 5;
  const current = value === "" ? 0 : Number(value) || 0;
  const nudge = (delta: number) => onChange(String(Math.max(0, current + delta)));
  const unit = UNIT_LABEL[activity.unit];
  return (
    <div className="flex flex-col gap-2 py-3">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-base font-medium text-slate-900">
          {activity.name}
        </label>
        <span className="text-sm text-slate-600">
          {activity.quota === null ? "to tolerance" : `target ${formatAmount(activity.quota, activity.unit)}`}
        </span>
      </div>
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={() => nudge(-step)}
          className="h-12 w-12 shrink-0 rounded-lg border border-slate-300 bg-white text-xl font-semibold"
          aria-label={`${step} ${unit.many} less`}
        >
          −
        </button>
        <div className="relative flex-1">
          <input
            id={id}
            inputMode="numeric"
            pattern="[0-9]*"
            value={value}
            onChange={(e) => onChange(e.target.value.replace(/[^0-9]/g, ""))}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            placeholder="0"
            className="h-12 w-full rounded-lg border border-slate-300 bg-white px-3 pr-16 text-lg font-semibold aria-[invalid=true]:border-red-600"
          />
          <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-600">
            {unit.short}
          </span>
        </div>
        <button
          type="button"
          onClick={() => nudge(step)}
          className="h-12 w-12 shrink-0 rounded-lg border border-slate-300 bg-white text-xl font-semibold"
          aria-label={`${step} ${unit.many} more`}
        >
          +
        </button>
      </div>
      {activity.quota !== null ? (
        <button
          type="button"
          onClick={() => onChange(String(activity.quota))}
          className="self-start rounded-md px-1 text-sm font-medium text-brand-700 underline underline-offset-4"
        >
          Did it as planned ({formatAmount(activity.quota, activity.unit)})
        </button>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
