"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Decline a change request with a short message the patient reads. */
export function DeclineForm({
  decline,
  requestId,
  label,
}: {
  decline: FormAction;
  requestId: string;
  label: string;
}) {
  const [state, action] = useActionState(decline, idleForm);
  const form = useFocusFirstError(state);
  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-2">
      {state.message && state.status !== "idle" ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        label={`Message to the patient (${label})`}
        name="message"
        rows={2}
        maxLength={500}
        placeholder="e.g. Let's keep walking as it is this week and talk on Thursday."
        error={state.fieldErrors?.message}
      />
      <SubmitButton variant="secondary" pendingLabel="Declining…" className="self-start">
        Decline
      </SubmitButton>
    </form>
  );
}
