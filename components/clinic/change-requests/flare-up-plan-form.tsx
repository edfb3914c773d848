"use client";

import { useActionState, useState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { FLARE_UP_HOLD_MAX_DAYS } from "@/lib/domain/change-requests";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

/** The flare-up plan agreed in advance: whether the patient may start a hold, for how long, and the plan. */
export function FlareUpPlanForm({
  save,
  initial,
}: {
  save: FormAction;
  initial: { enabled: boolean; maxDays: number; plan: string };
}) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const [enabled, setEnabled] = useState(initial.enabled);
  return (
    <form ref={form} action={action} noValidate className="flex flex-col gap-3">
      {state.message && state.status !== "idle" ? (
        <Notice tone={state.status === "success" ? "success" : "error"}>{state.message}</Notice>
      ) : null}
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
          className="size-4 accent-brand-700"
        />
        Let the patient start a hold of today&apos;s quotas after a flare-up
      </label>
      <TextField
        label={`Hold for at most (days, up to ${FLARE_UP_HOLD_MAX_DAYS})`}
        name="maxDays"
        inputMode="numeric"
        defaultValue={String(initial.maxDays)}
        error={state.fieldErrors?.maxDays}
      />
      <TextAreaField
        label="The plan, in your words for the patient"
        name="plan"
        rows={3}
        maxLength={1000}
        defaultValue={initial.plan}
        placeholder="e.g. Keep to today's amounts, walk little and often, use heat. Call us if it is not better in 3 days."
        error={state.fieldErrors?.plan}
      />
      <SubmitButton variant="secondary" pendingLabel="Saving…" className="self-start">
        Save flare-up plan
      </SubmitButton>
    </form>
  );
}
