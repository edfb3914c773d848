"use client";

import { useActionState, useEffect } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Offers to log the minutes spent writing a message; nothing is logged unless the clinician presses it. */
export function LogTimeSuggestion({
  minutes,
  clientId,
  logTime,
  onDone,
}: {
  minutes: number;
  clientId: string;
  logTime: FormAction;
  onDone: () => void;
}) {
  const [state, action] = useActionState(logTime, idleForm);
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 p-3 text-sm">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="minutes" value={minutes} />
      <input type="hidden" name="kind" value="message" />
      <input type="hidden" name="note" value="Writing a message to the patient" />
      <span className="text-slate-700">
        You spent about {minutes} min on this message. It is not logged unless you log it.
      </span>
      <SubmitButton pendingLabel="Logging…" variant="secondary">
        Log {minutes} min for this message
      </SubmitButton>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
    </form>
  );
}
