"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { createChangeRequest } from "@/lib/change-requests/create-change-request";
import { startFlareUpHold } from "@/lib/flare-up-plans/start-flare-up-hold";
import { formatLocalDate } from "@/lib/domain/calendar";
import { map } from "@/lib/result/result";
import { changeRequestInput, flareUpHoldInput } from "@/lib/validation/change-request";

/** The patient asks to change their plan; nothing changes until the physio answers. */
export const createChangeRequestAction = formAction(
  { role: "patient", input: changeRequestInput },
  async (ctx, input) =>
    map(await createChangeRequest(ctx, input), () => {
      revalidatePath("/portal/change-requests");
      revalidatePath("/portal");
      return {
        status: "success" as const,
        message: "Sent. Your physio will answer here. Until then, keep to your plan as it is.",
      };
    }),
);

/** The patient starts the flare-up hold their physio agreed in advance. */
export const startFlareUpHoldAction = formAction(
  { role: "patient", input: flareUpHoldInput },
  async (ctx, input) =>
    map(await startFlareUpHold(ctx, input), (hold) => {
      revalidatePath("/portal");
      return {
        status: "success" as const,
        message: `Your hold has started. Keep to today's amounts until ${formatLocalDate(hold.endsOn, "long")}. Your physio can see this.`,
      };
    }),
);
