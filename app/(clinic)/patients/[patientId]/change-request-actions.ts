"use server";

import { revalidatePath } from "next/cache";
import { patientFormAction } from "@/lib/actions/define-action";
import { declineChangeRequest } from "@/lib/change-requests/answer-change-request";
import { setFlareUpPlan } from "@/lib/flare-up-plans/set-flare-up-plan";
import { map } from "@/lib/result/result";
import { declineChangeRequestInput, flareUpPlanInput } from "@/lib/validation/change-request";

/** Decline a change request with a message the patient reads; no quota changes. */
export const declineChangeRequestAction = patientFormAction(
  { input: declineChangeRequestInput },
  async (ctx, input) =>
    map(await declineChangeRequest(ctx, ctx.patientId, input), () => {
      revalidatePath(`/patients/${ctx.patientId}`);
      revalidatePath("/patients");
      return { status: "success" as const, message: "Declined. The patient sees your message." };
    }),
);

/** The flare-up plan agreed in advance with the patient. */
export const setFlareUpPlanAction = patientFormAction({ input: flareUpPlanInput }, async (ctx, input) =>
  map(await setFlareUpPlan(ctx, ctx.patientId, input), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return {
      status: "success" as const,
      message: input.enabled
        ? "Saved. The patient can start the hold from Today after logging a flare-up."
        : "Saved. The patient cannot start a hold.",
    };
  }),
);
