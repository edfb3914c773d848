"use server";

import "server-only";

import { getDb } from "@/db/client";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { requestMeta } from "@/lib/auth/request-meta";
import { formValues, refused, type FormState } from "@/lib/forms/form-state";
import { forgotPasswordSchema } from "@/lib/validation/auth";

/** The same answer whether or not the address has an account, and whether or not the limit was reached. */
const FORGOT_PASSWORD_SENT =
  "If an account uses that address, we have sent it a link to choose a new password. The link works for one hour.";

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") ?? "" });
  if (!parsed.success) return refused(parsed.error, values);
  await requestPasswordReset(await getDb(), parsed.data, await requestMeta());
  return { status: "success", message: FORGOT_PASSWORD_SENT };
}
