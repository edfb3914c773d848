"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requestMeta } from "@/lib/auth/request-meta";
import { noteOwnWrite } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { revisePlan } from "@/lib/plans/revise-plan";
import { patientIdSchema } from "@/lib/validation/patient";
import { issuesByPath, planInput } from "@/lib/validation/plan";
import type { PlanSaveResult } from "@/lib/validation/plan-save-result";

export async function savePlanAction(patientId: string, raw: unknown): Promise<PlanSaveResult> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return { status: "not_found" };
  const parsed = planInput.safeParse(raw);
  if (!parsed.success) return { status: "invalid", errors: issuesByPath(parsed.error) };

  const result = await revisePlan(await getDb(), actor, id.data, parsed.data, await requestMeta());
  if (result.ok) {
    await noteOwnWrite(actor);
    revalidatePath(`/patients/${id.data}`);
    return { status: "saved" };
  }
  return result.reason === "invalid"
    ? { status: "invalid", errors: result.errors }
    : { status: result.reason };
}
