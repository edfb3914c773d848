"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { EMERGENCY_COUNTRIES, emergencyNumberFor } from "@/lib/domain/emergency-numbers";
import { idleForm, type FormAction } from "@/lib/forms/form-state";

const regionNames = new Intl.DisplayNames("en-GB", { type: "region" });
const countryOptions = [
  { value: "", label: "Not set" },
  ...EMERGENCY_COUNTRIES.map((c) => ({
    value: c,
    label: `${regionNames.of(c) ?? c} (${emergencyNumberFor(c)})`,
  })).sort((a, b) => a.label.localeCompare(b.label)),
];

export type ClinicContactValues = { phone: string; outOfHoursPhone: string; country: string };

/** The clinic's phone, out-of-hours line and country: what a patient in trouble is shown. */
export function ClinicContactForm({ initial, save }: { initial: ClinicContactValues; save: FormAction }) {
  const [state, action] = useActionState(save, idleForm);
  const form = useFocusFirstError(state);
  const values = state.values ?? initial;
  return (
    <form ref={form} action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {state.status === "success" && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <TextField
        label="Clinic phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        hint="Shown with tap-to-call on the patient's urgent and emergency screens."
        error={state.fieldErrors?.phone}
      />
      <TextField
        label="Out-of-hours advice line"
        name="outOfHoursPhone"
        type="tel"
        defaultValue={values.outOfHoursPhone}
        hint="Where patients get advice when the clinic is closed, e.g. 111 in England."
        error={state.fieldErrors?.outOfHoursPhone}
      />
      <SelectField
        label="Country"
        name="country"
        defaultValue={values.country}
        options={countryOptions}
        hint="Decides the emergency number patients are told to call."
        error={state.fieldErrors?.country}
      />
      <SubmitButton pendingLabel="Saving…" className="self-start">
        Save contact details
      </SubmitButton>
    </form>
  );
}
