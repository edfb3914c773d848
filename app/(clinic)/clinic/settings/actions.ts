"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { setRequireTotp } from "@/lib/auth/clinic-security";
import { conflict, ok } from "@/lib/result/result";

/** Clinic admins only: whether clinicians must use two-step sign-in. */
export const saveSecuritySettingsAction = formAction(
  {
    role: "admin",
    input: z.object({ requireTotp: z.enum(["on", "off"]) }),
    read: (formData) => ({ requireTotp: formData.get("requireTotp") === "on" ? "on" : "off" }),
    invalid: "The setting could not be read. Reload and try again.",
  },
  async ({ db, actor, meta }, input) => {
    const required = input.requireTotp === "on";
    if ((await setRequireTotp(db, actor, required, meta)) === "admin_without_totp")
      return conflict(
        "Turn on two-step sign-in for your own account first (Your account), then require it here.",
      );
    revalidatePath("/clinic/settings");
    return ok({
      status: "success" as const,
      message: required
        ? "Two-step sign-in is now required. Staff without it are asked to set it up at their next page."
        : "Two-step sign-in is now optional.",
    });
  },
);
