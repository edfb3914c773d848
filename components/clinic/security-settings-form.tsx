"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export function SecuritySettingsForm({ requireTotp, save }: { requireTotp: boolean; save: FormAction }) {
  const [state, action] = useActionState(save, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <div className="flex items-start gap-3">
        <input
          id="require-totp"
          name="requireTotp"
          type="checkbox"
          defaultChecked={requireTotp}
          aria-describedby="require-totp-hint"
          className="mt-0.5 size-5 accent-brand-700"
        />
        <div>
          <label htmlFor="require-totp" className="text-sm font-medium text-slate-800">
            Require two-step sign-in for clinic staff
          </label>
          <p id="require-totp-hint" className="text-sm text-slate-600">
            Clinicians and admins without it must set it up before they can open the patient list.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Save settings
      </SubmitButton>
    </form>
  );
}
