"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { setRequireTotp } from "@/lib/auth/clinic-security";
import { updateClinicContact } from "@/lib/clinic/update-contact";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { conflict, map, ok } from "@/lib/result/result";
import { clinicContactInput, clinicDetailsInput } from "@/lib/validation/clinic";
import { updateClinicDetails } from "@/lib/clinic/update-details";

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

const contactFields = ["phone", "outOfHoursPhone", "country"] as const;

const saveContact = formAction(
  { role: "admin", input: clinicContactInput, read: (formData) => formValues(formData, contactFields) },
  async (ctx, input) =>
    map(await updateClinicContact(ctx, input), () => {
      revalidatePath("/clinic/settings");
      return { status: "success" as const, message: "Contact details saved." };
    }),
);

/** Clinic admins only: the phone, out-of-hours line and country patients in trouble are shown. */
export async function saveClinicContactAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await saveContact(previous, formData);
  return { ...state, values: formValues(formData, contactFields) };
}

const detailFields = ["name", "address", "timeZone", "reminderTime"] as const;

const saveDetails = formAction(
  { role: "admin", input: clinicDetailsInput, read: (formData) => formValues(formData, detailFields) },
  async (ctx, input) =>
    map(await updateClinicDetails(ctx, input), () => {
      revalidatePath("/clinic/settings");
      return { status: "success" as const, message: "Clinic details saved." };
    }),
);

/** Clinic admins only: the clinic's name, address, default time zone and reminder time. */
export async function saveClinicDetailsAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await saveDetails(previous, formData);
  return { ...state, values: formValues(formData, detailFields) };
}
