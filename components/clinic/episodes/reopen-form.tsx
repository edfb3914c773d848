"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Takes a discharged patient back into care as a new episode. */
export function ReopenForm({ reopen }: { reopen: FormAction }) {
  const [state, action] = useActionState(reopen, idleForm);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <SubmitButton pendingLabel="Re-opening…" className="self-start">
        Re-open care as a new episode
      </SubmitButton>
    </form>
  );
}
