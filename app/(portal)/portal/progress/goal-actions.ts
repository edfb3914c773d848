"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { agreeToGoal } from "@/lib/goals/agree-to-goal";

const agree = defineAction(
  { role: "patient", input: z.uuid(), read: (goalId: string) => goalId },
  agreeToGoal,
);

/** The patient confirms a goal their physio recorded with them. */
export async function agreeGoalAction(goalId: string): Promise<void> {
  await agree(goalId);
  revalidatePath("/portal/progress");
  revalidatePath("/portal");
}
