"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export function SecondFactorForm({ verify }: { verify: FormAction }) {
  const [state, action] = useActionState(verify, idleForm);
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        hint="Lost your phone? Enter one of your recovery codes instead."
        error={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel="Checking…" className="mt-2 w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
