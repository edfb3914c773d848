"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PendingInertLink, SubmitButton } from "@/components/ui/submit-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { idleForm } from "@/lib/forms/form-state";
import type { InviteFormState } from "@/lib/validation/patient";
import { InviteLink } from "./invite-link";

type Props = {
  addPatient: (previous: InviteFormState, formData: FormData) => Promise<InviteFormState>;
  clinicians: { id: string; name: string }[];
  timeZones: string[];
  defaults: { timeZone: string; primaryClinicianId: string };
};

/** Each round is a fresh form; "Add another patient" starts a new round with empty fields. */
export function AddPatientForm(props: Props) {
  const [round, setRound] = useState(0);
  return <AddPatientRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function AddPatientRound({
  addPatient,
  clinicians,
  timeZones,
  defaults,
  onAnother,
}: Props & { onAnother: () => void }) {
  const [state, action] = useActionState(addPatient, idleForm as InviteFormState);

  if (state.status === "success" && state.inviteUrl && state.inviteExpiresAt) {
    return (
      <Card className="mt-6 flex flex-col gap-5">
        <Notice tone="success" title="Patient added">
          Send them this link so they can set a password and open their portal.
        </Notice>
        <InviteLink url={state.inviteUrl} expiresAt={state.inviteExpiresAt} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/patients/${state.patientId}`} className={buttonClass("primary")}>
            Open patient
          </Link>
          <button type="button" onClick={onAnother} className={buttonClass("secondary")}>
            Add another patient
          </button>
        </div>
      </Card>
    );
  }

  const v = state.values;
  const e = state.fieldErrors;
  return (
    <Card className="mt-6">
      <form action={action} className="flex flex-col gap-5" noValidate>
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        <TextField
          label="Full name"
          name="fullName"
          autoComplete="off"
          required
          defaultValue={v?.fullName}
          error={e?.fullName}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          hint="The invite goes to this address; it becomes the patient's sign-in."
          defaultValue={v?.email}
          error={e?.email}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Time zone"
            name="timeZone"
            hint="The patient's diary days follow this zone."
            defaultValue={v?.timeZone ?? defaults.timeZone}
            error={e?.timeZone}
            options={timeZones.map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
          />
          <SelectField
            label="Physiotherapist"
            name="primaryClinicianId"
            defaultValue={v?.primaryClinicianId ?? defaults.primaryClinicianId}
            error={e?.primaryClinicianId}
            options={clinicians.map((c) => ({ value: c.id, label: c.name }))}
          />
        </div>
        <TextAreaField
          label="Condition (optional)"
          name="condition"
          rows={3}
          hint="A short clinical summary, e.g. duration and main limitation."
          defaultValue={v?.condition}
          error={e?.condition}
        />
        <div className="flex gap-3">
          <SubmitButton pendingLabel="Adding…">Add patient and create invite</SubmitButton>
          <PendingInertLink href="/patients" className={buttonClass("secondary")}>
            Cancel
          </PendingInertLink>
        </div>
      </form>
    </Card>
  );
}
