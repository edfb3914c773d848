"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatLocalDate } from "@/lib/domain/calendar";
import { positiveAnswers } from "@/lib/domain/red-flags";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export type OpenRedFlag = {
  id: string;
  tier: "urgent" | "emergency" | "none";
  answeredOn: string;
  answers: Record<string, boolean>;
};

/**
 * Red-flag answers no clinician has acknowledged, with exactly what the patient said. Acknowledging needs a
 * note saying what was done (phoned, sent to emergency care...), which is kept with who and when.
 */
export function RedFlagPanel({ reports, acknowledge }: { reports: OpenRedFlag[]; acknowledge: FormAction }) {
  const [state, action] = useActionState(acknowledge, idleForm);
  return (
    <div className="flex flex-col gap-4">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {reports.map((r) => {
        const emergency = r.tier === "emergency";
        return (
          <form
            key={r.id}
            action={action}
            className={`flex flex-col gap-3 rounded-lg border-2 p-4 ${emergency ? "border-red-700 bg-red-50" : "border-amber-400 bg-amber-50"}`}
          >
            <input type="hidden" name="reportId" value={r.id} />
            <p className={`font-semibold ${emergency ? "text-red-900" : "text-amber-950"}`}>
              {emergency ? "Emergency" : "Urgent"} red flag, answered {formatLocalDate(r.answeredOn, "long")}
              {emergency
                ? " (plan paused; the patient was told to seek emergency care now)"
                : " (the patient was told to contact their physio or doctor within 24 hours)"}
            </p>
            <ul className="list-disc pl-5 text-sm text-slate-900">
              {positiveAnswers(r.answers).map((q) => (
                <li key={q.key}>
                  <span className="font-medium">{q.label}</span>: &ldquo;{q.text}&rdquo; Yes
                </li>
              ))}
            </ul>
            <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
              What you did (required)
              <textarea
                name="note"
                required
                minLength={3}
                maxLength={500}
                rows={2}
                placeholder="e.g. Phoned at 10:20, advised A&E now; patient on the way."
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal"
              />
            </label>
            {state.fieldErrors?.note ? (
              <p className="text-sm text-red-700">{state.fieldErrors.note}</p>
            ) : null}
            <SubmitButton pendingLabel="Saving…" className="self-start">
              Acknowledge
            </SubmitButton>
          </form>
        );
      })}
    </div>
  );
}
