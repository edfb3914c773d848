"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatLocalDate } from "@/lib/domain/calendar";
import type { Alert } from "@/lib/domain/alerts";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { AlertBadge } from "./alert-badge";

export type ReviewDay = {
  date: string;
  painAverage: number | null;
  activities: { key: string; done: number | null; quota: number | null }[];
};

/**
 * The top of the patient page: what changed since this clinician's last review, the last 7 days against the
 * quotas, and one "Mark reviewed" that acknowledges every open diary alert with one note.
 */
export function ReviewCard({
  lastReviewed,
  newDays,
  alerts,
  openRedFlags,
  activities,
  days,
  review,
}: {
  lastReviewed: string | null;
  newDays: number;
  alerts: Alert[];
  openRedFlags: number;
  activities: { key: string; name: string; unit: string }[];
  days: ReviewDay[];
  review: FormAction;
}) {
  const [state, action] = useActionState(review, idleForm);
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="review-heading" className="font-semibold">
          Since your last review
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {lastReviewed
            ? `You last reviewed this patient on ${lastReviewed}.`
            : "You have not reviewed this patient yet."}{" "}
          {newDays === 1
            ? "1 diary day is new or changed since."
            : `${newDays} diary days are new or changed since.`}
          {openRedFlags > 0
            ? ` ${openRedFlags === 1 ? "1 red-flag answer waits" : `${openRedFlags} red-flag answers wait`} for your note above.`
            : ""}
        </p>
      </div>
      {alerts.length > 0 ? (
        <ul aria-label="Open alerts" className="flex flex-col gap-2">
          {alerts.map((a) => (
            <li key={a.rule}>
              <AlertBadge alert={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">No open diary alerts.</p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[480px] text-left text-sm">
          <caption className="text-left text-sm font-medium text-slate-800">
            Last 7 days against the quotas
          </caption>
          <thead className="text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Day
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Average pain
              </th>
              {activities.map((a) => (
                <th key={a.key} scope="col" className="py-2 pr-3 font-semibold">
                  {a.name} done / quota ({a.unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {days.map((d) => (
              <tr key={d.date}>
                <td className="whitespace-nowrap py-2 pr-3">{formatLocalDate(d.date, "medium")}</td>
                <td className="py-2 pr-3 tabular-nums">{d.painAverage ?? "Not logged"}</td>
                {d.activities.map((a) => (
                  <td key={a.key} className="py-2 pr-3 tabular-nums">
                    {a.done ?? "—"} / {a.quota ?? "no quota"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        <label className="flex flex-1 flex-col gap-1 text-sm text-slate-700">
          Review note (optional; kept with every alert it acknowledges)
          <input
            name="note"
            maxLength={300}
            placeholder="e.g. phoned, plan unchanged"
            className="min-h-10 w-full rounded-md border border-slate-300 px-2 text-sm"
          />
        </label>
        <SubmitButton pendingLabel="Saving…" className="min-h-10">
          Mark reviewed
        </SubmitButton>
      </form>
    </section>
  );
}
