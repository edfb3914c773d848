"use client";

import { DoneGoToSignIn } from "@/components/auth/done-go-to-sign-in";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** One button: opening the link changes nothing, pressing this confirms the address. */
export function ConfirmEmailForm({ email, confirm }: { email: string; confirm: FormAction }) {
  const [state, action] = useActionState(confirm, idleForm);
  if (state.status === "success") return <DoneGoToSignIn message={state.message} />;
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <p className="text-slate-700">
        Your new sign-in email will be <strong className="break-all">{email}</strong>. Your password stays the
        same.
      </p>
      <SubmitButton pendingLabel="Confirming…" className="w-full">
        Confirm this email
      </SubmitButton>
    </form>
  );
}
