"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export type ClinicDetailsValues = { name: string; address: string; timeZone: string; reminderTime: string };

/** The clinic's name and address (letterhead, portal footer), default time zone and reminder time. */
export function ClinicDetailsForm({
  initial,
  timeZones,
  save,
}: {
  initial: ClinicDetailsValues;
  timeZones: string[];
  save: FormAction;
}) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const values = state.values ?? initial;
  const e = state.fieldErrors;
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <TextField label="Clinic name" name="name" defaultValue={values.name} error={e?.name} />
      <TextAreaField
        label="Address"
        name="address"
        rows={3}
        defaultValue={values.address}
        hint="Printed on the progress summary's letterhead and shown at the foot of the patient portal."
        error={e?.address}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Default time zone"
          name="timeZone"
          defaultValue={values.timeZone}
          hint="New patients start in this zone."
          error={e?.timeZone}
          options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
        />
        <TextField
          label="Diary reminder time"
          name="reminderTime"
          type="time"
          defaultValue={values.reminderTime}
          hint="When patients are reminded to log their day, in their own time zone."
          error={e?.reminderTime}
        />
      </div>
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Save clinic details
      </SubmitButton>
    </form>
  );
}
