"use server";

import { getDb } from "@/db/client";
import { createPatient } from "@/db/queries/patients";
import { inviteUrl } from "@/lib/auth/invite-url";
import { requestMeta } from "@/lib/auth/request-meta";
import { noteOwnWrite } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { formValues, refused } from "@/lib/validation/form-state";
import { addPatientSchema, type InviteFormState } from "@/lib/validation/patient";

const fields = ["fullName", "email", "timeZone", "condition", "primaryClinicianId"] as const;

export async function addPatientAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const actor = await requireStaff();
  const values = formValues(formData, fields);
  const parsed = addPatientSchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);

  const result = await createPatient(await getDb(), actor, parsed.data, await requestMeta());
  if (!result.ok) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { [result.field]: result.message },
      values,
    };
  }
  await noteOwnWrite(actor);
  return {
    status: "success",
    patientId: result.patientId,
    inviteUrl: inviteUrl(result.inviteToken),
    inviteExpiresAt: result.inviteExpiresAt.toISOString(),
  };
}
