"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestMeta } from "@/lib/auth/request-meta";
import { requireAdmin } from "@/lib/auth/session";
import { setRequireTotp } from "@/lib/auth/clinic-security";
import { updateClinicContact } from "@/lib/clinic/update-contact";
import { clinicContactInput } from "@/lib/validation/clinic";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form-state";

const settingsInput = z.object({ requireTotp: z.enum(["on", "off"]) });

/** Clinic admins only: whether clinicians must use two-step sign-in. */
export async function saveSecuritySettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin();
  const parsed = settingsInput.safeParse({
    requireTotp: formData.get("requireTotp") === "on" ? "on" : "off",
  });
  if (!parsed.success)
    return { status: "error", message: "The setting could not be read. Reload and try again." };
  const required = parsed.data.requireTotp === "on";
  const result = await setRequireTotp(await getDb(), actor, required, await requestMeta());
  if (result === "admin_without_totp")
    return {
      status: "error",
      message: "Turn on two-step sign-in for your own account first (Your account), then require it here.",
    };
  revalidatePath("/clinic/settings");
  return {
    status: "success",
    message: required
      ? "Two-step sign-in is now required. Staff without it are asked to set it up at their next page."
      : "Two-step sign-in is now optional.",
  };
}

/** Clinic admins only: the phone, out-of-hours line and country patients in trouble are shown. */
export async function saveClinicContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin();
  const values = formValues(formData, ["phone", "outOfHoursPhone", "country"]);
  const parsed = clinicContactInput.safeParse(values);
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  await updateClinicContact({ db: await getDb(), actor, meta: await requestMeta() }, parsed.data);
  revalidatePath("/clinic/settings");
  return { status: "success", message: "Contact details saved.", values };
}
