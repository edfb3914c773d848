"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { DISCHARGE_REASONS, DISCHARGE_REASON_LABEL } from "@/lib/domain/episodes";
import { idleForm, type FormAction, type FormState } from "@/lib/forms/form-state";

/**
 * Ending the episode of care: the reason and a message for the patient, then a confirmation step, since the
 * patient's portal turns read-only and nothing more is alerted.
 */
export function DischargeForm({ discharge, patientName }: { discharge: FormAction; patientName: string }) {
  const [state, action] = useActionState(discharge, idleForm);
  // The confirmation belongs to the answer it was opened after: a refused form asks again.
  const [confirmedAfter, setConfirmedAfter] = useState<FormState | null>(null);
  const confirming = confirmedAfter === state;
  const setConfirming = (on: boolean) => setConfirmedAfter(on ? state : null);
  const form = useFocusFirstError(state);
  const v = state.values;
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <SelectField
        label="Why care is ending"
        name="reason"
        defaultValue={v?.reason ?? ""}
        error={state.fieldErrors?.reason}
        options={[
          { value: "", label: "Choose a reason" },
          ...DISCHARGE_REASONS.map((r) => ({ value: r, label: DISCHARGE_REASON_LABEL[r] })),
        ]}
      />
      <TextAreaField
        label="Message for the patient"
        name="maintenanceMessage"
        rows={4}
        hint="In your words: how to keep going on their own. Their portal shows it after discharge."
        defaultValue={v?.maintenanceMessage}
        error={state.fieldErrors?.maintenanceMessage}
      />
      {confirming ? (
        <div
          role="group"
          aria-label="Confirm discharge"
          className="flex flex-col gap-3 rounded-lg bg-amber-50 p-3"
        >
          <p className="text-sm">
            Discharge {patientName}? Their portal becomes read-only and no more alerts are raised. You can
            re-open care later as a new episode.
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel="Discharging…">Yes, discharge</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Go back
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          Discharge patient
        </Button>
      )}
    </form>
  );
}
