"use client";

import { useActionState, useState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** The physiotherapist's flare-up response: hold today's quotas for some days, or step back one level. */
export function FlareUpForm({ respond, expectedVersion }: { respond: FormAction; expectedVersion: number }) {
  const [state, action] = useActionState(respond, idleForm);
  const [response, setResponse] = useState<"hold" | "step_back">("hold");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Response</legend>
        <div className="mt-1.5 flex flex-col gap-2">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="response"
              value="hold"
              checked={response === "hold"}
              onChange={() => setResponse("hold")}
              className="mt-1 accent-brand-700"
            />
            <span>
              <strong>Hold</strong>: repeat today&apos;s quotas for a few days, then continue the schedule
              (the usual response)
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="response"
              value="step_back"
              checked={response === "step_back"}
              onChange={() => setResponse("step_back")}
              className="mt-1 accent-brand-700"
            />
            <span>
              <strong>Step back</strong>: return every quota to its previous level and rise from there
            </span>
          </label>
        </div>
      </fieldset>
      {response === "hold" ? (
        <TextField
          label="Hold for (days)"
          name="days"
          inputMode="numeric"
          defaultValue="3"
          error={state.fieldErrors?.days}
        />
      ) : null}
      <TextAreaField
        label="Reason"
        name="reason"
        rows={2}
        placeholder="e.g. Flare-up after a long drive; pain 7/10"
        error={state.fieldErrors?.reason}
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…" className="self-start">
        Record flare-up response
      </SubmitButton>
    </form>
  );
}
