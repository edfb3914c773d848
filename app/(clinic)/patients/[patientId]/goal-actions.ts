"use server";

import { revalidatePath } from "next/cache";
import { patientFormAction } from "@/lib/actions/define-action";
import { createGoal } from "@/lib/goals/create-goal";
import { setGoalStatus } from "@/lib/goals/set-goal-status";
import { map } from "@/lib/result/result";
import { goalInput, goalStatusInput } from "@/lib/validation/goal";

export const createGoalAction = patientFormAction({ input: goalInput }, async (ctx, goal) =>
  map(await createGoal(ctx, { patientId: ctx.patientId, goal }), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return { status: "success", message: "Goal added. The patient is asked to agree to it in the portal." };
  }),
);

export const setGoalStatusAction = patientFormAction(
  { input: goalStatusInput, invalid: "Reload the page and try again." },
  async (ctx, change) =>
    map(await setGoalStatus(ctx, { patientId: ctx.patientId, ...change }), () => {
      revalidatePath(`/patients/${ctx.patientId}`);
      return { status: "success" };
    }),
);
