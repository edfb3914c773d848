"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { patientFormAction } from "@/lib/actions/define-action";
import { dischargePatient } from "@/lib/episodes/discharge-patient";
import { reopenEpisode } from "@/lib/episodes/reopen-episode";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { map } from "@/lib/result/result";
import { dischargeInput, reopenInput } from "@/lib/validation/episode";

const dischargeFields = ["reason", "maintenanceMessage"] as const;

const discharge = patientFormAction(
  { input: dischargeInput, read: (formData) => formValues(formData, dischargeFields) },
  async (ctx, input) =>
    map(await dischargePatient(ctx, { patientId: ctx.patientId, ...input }), () => {
      revalidatePath(`/patients/${ctx.patientId}`);
      redirect(`/patients/${ctx.patientId}?saved=discharged`);
    }),
);

/** Ends the episode of care with a reason and a maintenance message; a refused form comes back as typed. */
export async function dischargePatientAction(
  patientId: string,
  previous: FormState,
  formData: FormData = new FormData(),
): Promise<FormState> {
  const state = await discharge(patientId, previous, formData);
  return { ...state, values: formValues(formData, dischargeFields) };
}

/** Takes a discharged patient back into care as a new episode; the physio goes on to write the new plan. */
export const reopenEpisodeAction = patientFormAction({ input: reopenInput, read: () => ({}) }, async (ctx) =>
  map(await reopenEpisode(ctx, { patientId: ctx.patientId }), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    redirect(`/patients/${ctx.patientId}?saved=reopened`);
  }),
);
