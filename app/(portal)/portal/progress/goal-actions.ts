"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { voidAction } from "@/lib/actions/define-action";
import { agreeToGoal } from "@/lib/goals/agree-to-goal";

/** The patient confirms a goal their physio recorded with them. */
export const agreeGoalAction = voidAction(
  { role: "patient", input: z.uuid(), read: (goalId: string) => goalId },
  agreeToGoal,
  () => {
    revalidatePath("/portal/progress");
    revalidatePath("/portal");
  },
);
