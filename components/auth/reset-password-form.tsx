"use client";

import { DoneGoToSignIn } from "@/components/auth/done-go-to-sign-in";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/auth";

export function ResetPasswordForm({ email, reset }: { email: string; reset: FormAction }) {
  const [state, action] = useActionState(reset, idleForm);
  if (state.status === "success") return <DoneGoToSignIn message={state.message} />;
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <TextField label="Email" name="email" type="email" autoComplete="username" value={email} readOnly />
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
        label="Repeat the password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pendingLabel="Saving…" className="mt-2 w-full">
        Set new password
      </SubmitButton>
    </form>
  );
}
