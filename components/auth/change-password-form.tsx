"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/auth";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Current password plus a new one twice; the server checks strength and ends the user's other sessions. */
export function ChangePasswordForm({ change }: { change: FormAction }) {
  const [state, action] = useActionState(change, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <TextField
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.current}
      />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        error={state.fieldErrors?.password}
      />
      <TextField
        label="Repeat the new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pendingLabel="Changing…" className="w-full sm:w-auto">
        Change password
      </SubmitButton>
    </form>
  );
}
