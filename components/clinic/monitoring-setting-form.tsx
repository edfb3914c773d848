"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** The clinic's remote-monitoring record: off by default, turned on by an admin. */
export function MonitoringSettingForm({ on, save }: { on: boolean; save: FormAction }) {
  const [state, action] = useActionState(save, idleForm);
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <div className="flex items-start gap-3">
        <input
          id="monitoring-record"
          name="monitoringRecord"
          type="checkbox"
          defaultChecked={on}
          aria-describedby="monitoring-record-hint"
          className="mt-0.5 size-5 accent-brand-700"
        />
        <div>
          <label htmlFor="monitoring-record" className="text-sm font-medium text-slate-800">
            Keep the remote-monitoring record
          </label>
          <p id="monitoring-record-hint" className="text-sm text-slate-600">
            A monthly list of days of data, logged minutes and interactive contact per patient (for remote
            therapeutic monitoring). It is a record only: nothing is billed or sent anywhere.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Save monitoring setting
      </SubmitButton>
    </form>
  );
}
