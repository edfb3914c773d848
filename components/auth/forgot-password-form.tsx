"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export function ForgotPasswordForm({ request }: { request: FormAction }) {
  const [state, action] = useActionState(request, idleForm);
  if (state.status === "success")
    return (
      <div className="mt-6">
        <Notice tone="success">{state.message}</Notice>
      </div>
    );
  return (
    <form action={action} className="mt-6 flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…" className="mt-2 w-full">
        Send me a link
      </SubmitButton>
    </form>
  );
}
