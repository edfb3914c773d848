"use client";

import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { WORK_STATUSES, type WorkStatus } from "@/lib/domain/outcomes/work-status";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { WORK_CHOICES } from "@/lib/copy/questionnaires";

const choiceClass =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600";

/** Work status this week and days off sick in the last 7 days. */
export function WorkForm({ clientId, submit }: { clientId: string; submit: FormAction }) {
  const [state, action] = useActionState(submit, idleForm);
  const form = useFocusFirstError(state);
  const [status, setStatus] = useState<WorkStatus | null>(null);
  const statusError = state.fieldErrors?.status;
  const daysError = state.fieldErrors?.daysOffSick;
  return (
    <form ref={form} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <fieldset aria-describedby={statusError ? "status-error" : undefined}>
        <legend className="text-base font-medium text-slate-900">Which fits your work this week best?</legend>
        <div className="mt-2 flex flex-col gap-2">
          {WORK_STATUSES.map((s) => (
            <label key={s} className={choiceClass}>
              <input
                type="radio"
                name="status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
                className="h-5 w-5 shrink-0 accent-brand-700"
              />
              <span>{WORK_CHOICES[s]}</span>
            </label>
          ))}
        </div>
        {statusError ? (
          <p id="status-error" className="mt-1 text-sm font-medium text-red-700">
            {statusError}
          </p>
        ) : null}
      </fieldset>
      {status !== "not_employed" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="daysOffSick" className="text-base font-medium text-slate-900">
            In the past 7 days, how many days were you off sick?
          </label>
          <select
            id="daysOffSick"
            name="daysOffSick"
            defaultValue=""
            aria-invalid={daysError ? true : undefined}
            aria-describedby={daysError ? "days-error" : undefined}
            className="h-12 w-32 rounded-lg border border-slate-300 bg-white px-3 text-base"
          >
            <option value="">Choose</option>
            {Array.from({ length: 8 }, (_, d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          {daysError ? (
            <p id="days-error" className="text-sm font-medium text-red-700">
              {daysError}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton pendingLabel="Saving…" className="h-12 text-base">
        Save my answer
      </SubmitButton>
    </form>
  );
}
