"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, voidAction } from "@/lib/actions/define-action";
import { ADVICE_PATH } from "@/lib/auth/require-patient-past-advice";
import { confirmAdvice } from "@/lib/red-flags/confirm-advice";
import { submitCheckIn } from "@/lib/red-flags/submit-check-in";
import { checkInFromForm, checkInInput } from "@/lib/validation/red-flags";

/**
 * Stores the check-in (lib/red-flags/submit-check-in.ts works out its tier and trigger). Urgent and emergency
 * answers lead to the advice screen, which every portal page shows until it is read.
 */
export const submitCheckInAction = formAction(
  {
    role: "patient",
    input: checkInInput,
    read: checkInFromForm,
    invalid: "Please answer every question with yes or no.",
  },
  async (ctx, input) => {
    const stored = await submitCheckIn(ctx, input);
    if (!stored.ok) return stored;
    // A resent submission id answers the stored report's tier: never advice that does not exist, nor
    // "all clear" over a stored emergency.
    redirect(stored.value.tier === "none" ? "/portal?checked=1" : ADVICE_PATH);
  },
);

/** The patient confirms they read the urgent or emergency advice; back to the portal either way. */
export const confirmAdviceAction = voidAction(
  { role: "patient", input: z.uuid(), read: (reportId: string) => reportId },
  confirmAdvice,
  () => redirect("/portal"),
);
