"use server";

import "server-only";

import { getDb } from "@/db/client";
import { resetPassword } from "@/lib/auth/reset-password";
import { requestMeta } from "@/lib/auth/request-meta";
import { refused, type FormState } from "@/lib/forms/form-state";
import { newPasswordSchema, resetTokenSchema } from "@/lib/validation/auth";

const spent: FormState = {
  status: "error",
  message: "This link can no longer be used. Reload the page to see why.",
};

/** Sets the new password; the person then signs in (with their second step, if they use one). */
export async function resetPasswordAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsedToken = resetTokenSchema.safeParse(token);
  if (!parsedToken.success) return spent;
  const parsed = newPasswordSchema.safeParse({
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) return refused(parsed.error);
  const result = await resetPassword(
    await getDb(),
    { token: parsedToken.data, password: parsed.data.password },
    await requestMeta(),
  );
  switch (result.status) {
    case "link_problem":
      return spent;
    case "weak":
      return {
        status: "error",
        message: "Please choose another password.",
        fieldErrors: { password: result.message },
      };
    case "changed":
      return {
        status: "success",
        message:
          "Your password is changed and you are signed out everywhere. Sign in with your new password.",
      };
  }
}
