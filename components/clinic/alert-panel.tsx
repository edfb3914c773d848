"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Alert } from "@/lib/domain/alerts";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { AlertBadge } from "./alert-badge";

/** The patient's open alerts, each acknowledged with an optional note (who and when are stored). */
export function AlertPanel({ alerts, acknowledge }: { alerts: Alert[]; acknowledge: FormAction }) {
  const [state, action] = useActionState(acknowledge, idleForm);
  if (alerts.length === 0) return <p className="text-sm text-slate-600">No open alerts.</p>;
  return (
    <div className="flex flex-col gap-3">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {alerts.map((alert) => (
        <form
          key={alert.rule}
          action={action}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
        >
          <AlertBadge alert={alert} />
          <input type="hidden" name="rule" value={alert.rule} />
          <div className="flex flex-col gap-2 sm:flex-row">
            <label className="flex-1 text-sm text-slate-700">
              <span className="sr-only">Note for: {alert.reason}</span>
              <input
                name="note"
                maxLength={300}
                placeholder="Note (optional), e.g. phoned, booked review"
                className="min-h-10 w-full rounded-md border border-slate-300 px-2 text-sm"
              />
            </label>
            <SubmitButton variant="secondary" pendingLabel="Saving…" className="min-h-10">
              Acknowledge
            </SubmitButton>
          </div>
        </form>
      ))}
    </div>
  );
}
