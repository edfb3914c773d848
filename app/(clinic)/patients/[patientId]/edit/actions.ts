"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { patientFormAction } from "@/lib/actions/define-action";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { editPatient } from "@/lib/patients/edit-patient";
import { map } from "@/lib/result/result";
import { editPatientSchema } from "@/lib/validation/patient";

const fields = [
  "fullName",
  "email",
  "phone",
  "dateOfBirth",
  "recordNumber",
  "timeZone",
  "condition",
  "primaryClinicianId",
  "version",
] as const;

const edit = patientFormAction(
  { input: editPatientSchema, read: (formData) => formValues(formData, fields) },
  async (ctx, input) =>
    map(await editPatient(ctx, { patientId: ctx.patientId, ...input }), (outcome) => {
      revalidatePath(`/patients/${ctx.patientId}`);
      const saved = outcome.pendingEmail
        ? "email-pending"
        : outcome.inviteResent
          ? "invite-resent"
          : "details";
      redirect(`/patients/${ctx.patientId}?saved=${saved}`);
    }),
);

/** Corrects the patient's details (audited before and after); a refused form comes back as typed. */
export async function editPatientAction(
  patientId: string,
  previous: FormState,
  formData: FormData = new FormData(),
): Promise<FormState> {
  const state = await edit(patientId, previous, formData);
  return { ...state, values: formValues(formData, fields) };
}
