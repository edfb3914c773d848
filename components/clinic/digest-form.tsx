"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** The staff member's own morning digest by email: on or off. */
export function DigestForm({ on, save }: { on: boolean; save: FormAction }) {
  const [state, action] = useActionState(save, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <div className="flex items-start gap-3">
        <input
          id="morning-digest"
          name="digest"
          type="checkbox"
          defaultChecked={on}
          aria-describedby="morning-digest-hint"
          className="mt-0.5 size-5 accent-brand-700"
        />
        <div>
          <label htmlFor="morning-digest" className="text-sm font-medium text-slate-800">
            Email me a morning digest
          </label>
          <p id="morning-digest-hint" className="text-sm text-slate-600">
            At 7:00 in the clinic&apos;s time zone: how many of your patients need attention (the whole clinic
            for admins). Only a number and a link, and nothing when no one needs attention.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Save
      </SubmitButton>
    </form>
  );
}
