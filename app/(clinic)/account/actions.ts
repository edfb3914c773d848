"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TotpConfirmState } from "@/components/clinic/two-factor-panel";
import { getDb } from "@/db/client";
import { requestMeta } from "@/lib/auth/request-meta";
import { requireStaffAccount } from "@/lib/auth/session";
import { beginTotpSetup, confirmTotpSetup, disableTotp } from "@/lib/auth/two-factor-setup";
import { totpCodeSchema } from "@/lib/validation/auth";
import { refused, type FormState } from "@/lib/forms/form-state";

/** Staff only: starts setting up an authenticator (a new secret, not yet in force). */
export async function beginTotpAction(): Promise<void> {
  const actor = await requireStaffAccount();
  await beginTotpSetup(await getDb(), actor, await requestMeta());
  revalidatePath("/account");
}

/** Staff only: proves the app shows the right code; answers the recovery codes to show once. */
export async function confirmTotpAction(
  _prev: TotpConfirmState,
  formData: FormData,
): Promise<TotpConfirmState> {
  const actor = await requireStaffAccount();
  const parsed = totpCodeSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return refused(parsed.error);
  const result = await confirmTotpSetup(await getDb(), actor, parsed.data.code, await requestMeta());
  if (!result.ok)
    return {
      status: "error",
      message:
        "That code is not right. Check the time on your phone is set automatically, then try the new code.",
      fieldErrors: { code: "Not the code the app shows now." },
    };
  return { status: "success", recoveryCodes: result.recoveryCodes };
}

const disableInput = z.object({ password: z.string().min(1, "Enter your password.").max(256) });

/** Staff only: turns two-step sign-in off after the password is given again. */
export async function disableTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireStaffAccount();
  const parsed = disableInput.safeParse({ password: formData.get("password") ?? "" });
  if (!parsed.success) return refused(parsed.error);
  const result = await disableTotp(await getDb(), actor, parsed.data.password, await requestMeta());
  if (result === "wrong_password")
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { password: "That is not your password." },
    };
  if (result === "required")
    return { status: "error", message: "Your clinic requires two-step sign-in, so it cannot be turned off." };
  revalidatePath("/account");
  return { status: "success" };
}
