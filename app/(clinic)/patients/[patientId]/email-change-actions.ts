"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { patientFormAction } from "@/lib/actions/define-action";
import { cancelEmailChange, resendEmailChange } from "@/lib/patients/email-change";
import { map } from "@/lib/result/result";

const none = z.object({});

/** Sends a fresh confirmation link to the waiting address (the earlier link stops working). */
export const resendEmailChangeAction = patientFormAction({ input: none, read: () => ({}) }, async (ctx) =>
  map(await resendEmailChange(ctx, ctx.patientId), ({ to }) => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return { status: "success" as const, message: `A new link is on its way to ${to}.` };
  }),
);

/** Withdraws the waiting change; the patient keeps signing in with their current email. */
export const cancelEmailChangeAction = patientFormAction({ input: none, read: () => ({}) }, async (ctx) =>
  map(await cancelEmailChange(ctx, ctx.patientId), () => {
    revalidatePath(`/patients/${ctx.patientId}`);
    return {
      status: "success" as const,
      message: "Email change cancelled. The sign-in email stays as it is.",
    };
  }),
);
