"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { patientFormAction } from "@/lib/actions/define-action";
import { acknowledgeRedFlag } from "@/lib/red-flags/acknowledge-red-flag";
import { resumePlan } from "@/lib/red-flags/resume-plan";
import { redFlagAckInput } from "@/lib/validation/red-flags";

/** A clinician acknowledges a red-flag answer, saying what they did. */
export const acknowledgeRedFlagAction = patientFormAction(
  {
    input: redFlagAckInput,
    read: (formData) => ({ reportId: formData.get("reportId"), note: formData.get("note") ?? "" }),
    invalid: (fields) => fields.note ?? "Reload the page and try again.",
  },
  async (ctx, ack) => {
    const done = await acknowledgeRedFlag(ctx, { patientId: ctx.patientId, ...ack });
    if (!done.ok) return done;
    redirect(
      `/patients/${ctx.patientId}?saved=${done.value === "already" ? "red-flag-already" : "red-flag"}`,
    );
  },
);

/** Only a clinician resumes a plan paused by an emergency answer, once every such answer is acknowledged. */
export const resumePlanAction = patientFormAction({ input: z.object({}), read: () => ({}) }, async (ctx) => {
  const done = await resumePlan(ctx, ctx.patientId);
  if (!done.ok) return done;
  redirect(`/patients/${ctx.patientId}?saved=resumed`);
});
