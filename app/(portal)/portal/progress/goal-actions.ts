"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { agreeToOwnGoal } from "@/db/queries/goals";
import { requestMeta } from "@/lib/auth/request-meta";
import { requirePatient } from "@/lib/auth/session";

/** The patient confirms a goal their physio recorded with them. */
export async function agreeGoalAction(goalId: string): Promise<void> {
  const actor = await requirePatient();
  const id = z.uuid().safeParse(goalId);
  if (id.success) await agreeToOwnGoal(await getDb(), actor, id.data, await requestMeta());
  revalidatePath("/portal/progress");
  revalidatePath("/portal");
}
