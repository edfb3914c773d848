"use server";

import { revalidatePath } from "next/cache";
import { patientAction } from "@/lib/actions/define-action";
import { revisePlan } from "@/lib/plans/revise-plan";
import { toPlanSaveResult } from "@/lib/plans/plan-save-result";
import { planInput } from "@/lib/validation/plan";

const save = patientAction({ input: planInput, read: (raw: unknown) => raw }, async (ctx, input) => {
  const saved = await revisePlan(ctx, ctx.patientId, input);
  if (saved.ok) revalidatePath(`/patients/${ctx.patientId}`);
  return saved;
});

/** Called by the plan editor with the draft as it stands; the answer tells the editor what to show. */
export const savePlanAction = async (patientId: string, raw: unknown) =>
  toPlanSaveResult(await save(patientId, raw));
