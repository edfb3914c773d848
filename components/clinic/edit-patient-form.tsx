"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PendingInertLink, SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

export type PatientRecordValues = {
  fullName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  recordNumber: string;
  timeZone: string;
  condition: string;
  primaryClinicianId: string;
  version: string;
};

type Props = {
  save: FormAction;
  cancelHref: string;
  clinicians: { id: string; name: string }[];
  timeZones: string[];
  initial: PatientRecordValues;
};

/** The patient's details as the clinic keeps them; saving goes back to the patient's page. */
export function EditPatientForm({ save, cancelHref, clinicians, timeZones, initial }: Props) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const v = { ...initial, ...state.values, version: initial.version };
  const e = state.fieldErrors;
  return (
    <Card>
      <form ref={form} action={action} className="flex flex-col gap-5" noValidate>
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        <input type="hidden" name="version" value={v.version} />
        <TextField label="Full name" name="fullName" required defaultValue={v.fullName} error={e?.fullName} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Email"
            name="email"
            type="email"
            required
            hint="Also the patient's sign-in. A new address takes effect once the patient confirms it from the link we email to it; before they set up their account, a new invite goes to it instead."
            defaultValue={v.email}
            error={e?.email}
          />
          <TextField
            label="Phone (optional)"
            name="phone"
            type="tel"
            defaultValue={v.phone}
            error={e?.phone}
          />
          <TextField
            label="Date of birth (optional)"
            name="dateOfBirth"
            type="date"
            defaultValue={v.dateOfBirth}
            error={e?.dateOfBirth}
          />
          <TextField
            label="Record number (optional)"
            name="recordNumber"
            hint="The clinic's own identifier, printed on the summary."
            defaultValue={v.recordNumber}
            error={e?.recordNumber}
          />
          <SelectField
            label="Time zone"
            name="timeZone"
            hint="The patient's diary days follow this zone."
            defaultValue={v.timeZone}
            error={e?.timeZone}
            options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
          />
          <SelectField
            label="Physiotherapist"
            name="primaryClinicianId"
            defaultValue={v.primaryClinicianId}
            error={e?.primaryClinicianId}
            options={clinicians.map((c) => ({ value: c.id, label: c.name }))}
          />
        </div>
        <TextAreaField
          label="Condition (optional)"
          name="condition"
          rows={3}
          defaultValue={v.condition}
          error={e?.condition}
        />
        <div className="flex flex-wrap gap-3">
          <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
          <PendingInertLink href={cancelHref} className={buttonClass("secondary")}>
            Cancel
          </PendingInertLink>
        </div>
      </form>
    </Card>
  );
}
