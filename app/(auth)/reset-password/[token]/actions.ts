"use server";

import "server-only";

import { z } from "zod";
import { asFormState, defineAction } from "@/lib/actions/define-action";
import { resetPassword } from "@/lib/auth/reset-password";
import type { FormState } from "@/lib/forms/form-state";
import { fail, invalid, ok } from "@/lib/result/result";
import { newPasswordSchema, resetTokenSchema } from "@/lib/validation/auth";

const SPENT = "This link can no longer be used. Reload the page to see why.";
const spent = () => fail({ code: "conflict", message: SPENT });

/** Anonymous: the link's token is the credential. The person then signs in (with their second step, if any). */
const reset = defineAction(
  {
    role: "anonymous",
    input: z.intersection(z.object({ token: z.string() }), newPasswordSchema),
    read: (token: string, formData: FormData) => ({
      token,
      password: formData.get("password") ?? "",
      confirm: formData.get("confirm") ?? "",
    }),
  },
  async ({ db, meta }, input) => {
    const token = resetTokenSchema.safeParse(input.token);
    if (!token.success) return spent();
    const result = await resetPassword(db, { token: token.data, password: input.password }, meta);
    switch (result.status) {
      case "link_problem":
        return spent();
      case "weak":
        return invalid({ password: result.message }, "Please choose another password.");
      case "changed":
        return ok({
          status: "success" as const,
          message:
            "Your password is changed and you are signed out everywhere. Sign in with your new password.",
        });
    }
  },
);

export async function resetPasswordAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return asFormState(await reset(token, formData));
}
