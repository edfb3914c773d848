"use client";

import { useActionState } from "react";
import { controlClass, FieldShell, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Logs minutes spent on the patient's monitoring: 1-120, review, call or message, with a short note. */
export function TimeLogForm({ clientId, logTime }: { clientId: string; logTime: FormAction }) {
  const [state, action] = useActionState(logTime, idleForm);
  const formRef = useFocusFirstError(state);
  const error = (k: string) => state.fieldErrors?.[k];
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="minutes"
          label="Minutes"
          inputMode="numeric"
          required
          defaultValue={state.values?.minutes}
          error={error("minutes")}
        />
        <FieldShell label="Type" error={error("kind")}>
          {({ id, describedBy }) => (
            <select
              id={id}
              name="kind"
              aria-describedby={describedBy}
              defaultValue={state.values?.kind ?? "review"}
              className={controlClass}
            >
              <option value="review">Review of data</option>
              <option value="call">Call</option>
              <option value="message">Message</option>
            </select>
          )}
        </FieldShell>
      </div>
      <TextField
        name="note"
        label="Note (optional)"
        maxLength={200}
        defaultValue={state.values?.note}
        error={error("note")}
      />
      <SubmitButton pendingLabel="Logging…" className="self-start">
        Log time
      </SubmitButton>
    </form>
  );
}
