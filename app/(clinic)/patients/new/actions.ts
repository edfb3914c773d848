"use server";

import { formAction } from "@/lib/actions/define-action";
import { inviteUrl } from "@/lib/auth/invite-url";
import { formValues } from "@/lib/forms/form-state";
import { addPatient } from "@/lib/patients/add-patient";
import { ok, type Result } from "@/lib/result/result";
import { addPatientSchema, type InviteFormState } from "@/lib/validation/patient";

const fields = ["fullName", "email", "timeZone", "condition", "primaryClinicianId"] as const;

const add = formAction(
  { role: "staff", input: addPatientSchema, read: (formData) => formValues(formData, fields) },
  async (ctx, input): Promise<Result<InviteFormState>> => {
    const added = await addPatient(ctx, input);
    if (!added.ok) return added;
    return ok({
      status: "success",
      patientId: added.value.patientId,
      inviteUrl: inviteUrl(added.value.inviteToken),
      inviteExpiresAt: added.value.inviteExpiresAt.toISOString(),
    });
  },
);

/** Adds the patient and shows their one-time invite link; a refused form comes back filled in. */
export async function addPatientAction(
  previous: InviteFormState,
  formData: FormData,
): Promise<InviteFormState> {
  const state = await add(previous, formData);
  return state.status === "error" ? { ...state, values: formValues(formData, fields) } : state;
}
