"use server";

import { getDb } from "@/db/client";
import { changePassword } from "@/lib/auth/change-password";
import { requestMeta } from "@/lib/auth/request-meta";
import { requireSignedIn } from "@/lib/auth/session";
import { changePasswordSchema } from "@/lib/validation/auth";
import { refused, type FormState } from "@/lib/forms/form-state";

/** Any signed-in user (staff or patient) changes their own password; their other sessions end. */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSignedIn();
  const parsed = changePasswordSchema.safeParse({
    current: formData.get("current") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) return refused(parsed.error);
  const result = await changePassword(await getDb(), actor, parsed.data, await requestMeta());
  switch (result.status) {
    case "wrong_password":
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: { current: "That is not your current password." },
      };
    case "rate_limited":
      return { status: "error", message: "Too many attempts. Wait a few minutes and try again." };
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
          result.endedSessions > 0
            ? `Password changed. You were signed out on ${result.endedSessions} other ${result.endedSessions === 1 ? "device" : "devices"}.`
            : "Password changed.",
      };
  }
}
