"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** Resumes a plan paused by an emergency answer; refused while any emergency answer is unacknowledged. */
export function ResumePlanForm({ resume, blocked }: { resume: FormAction; blocked: boolean }) {
  const [state, action] = useActionState(resume, idleForm);
  return (
    <form action={action} className="flex flex-col gap-2">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <p className="text-sm text-slate-800">
        The plan is paused: the patient sees no quotas. Resume it once you have reviewed the patient
        {blocked ? "; first acknowledge the emergency answer above." : "."} Consider holding the quotas with
        the flare-up response after resuming.
      </p>
      <SubmitButton pendingLabel="Resuming…" variant="secondary" className="self-start">
        Resume plan
      </SubmitButton>
    </form>
  );
}
