"use server";

import "server-only";

import { formAction } from "@/lib/actions/define-action";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { ok } from "@/lib/result/result";
import { forgotPasswordSchema } from "@/lib/validation/auth";

/** The same answer whether or not the address has an account, and whether or not the limit was reached. */
const FORGOT_PASSWORD_SENT =
  "If an account uses that address, we have sent it a link to choose a new password. The link works for one hour.";

/** Anonymous: anyone may ask; the answer never tells whether the address has an account. */
export const forgotPasswordAction = formAction(
  {
    role: "anonymous",
    input: forgotPasswordSchema,
    read: (formData) => ({ email: formData.get("email") ?? "" }),
    keep: ["email"],
  },
  async ({ db, meta }, input) => {
    await requestPasswordReset(db, input, meta);
    return ok({ status: "success" as const, message: FORGOT_PASSWORD_SENT });
  },
);
