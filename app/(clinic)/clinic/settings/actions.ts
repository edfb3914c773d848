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
import { setMonitoringRecord } from "@/lib/clinic/set-monitoring-record";
import { addTemplate } from "@/lib/messages/add-template";
import { deleteTemplate } from "@/lib/messages/delete-template";
import { messageTemplateIdInput, messageTemplateInput } from "@/lib/validation/message";
import { monitoringSettingInput } from "@/lib/validation/monitoring-record";

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

/** Clinic admins only: whether the clinic keeps the remote-monitoring record (off by default). */
export const saveMonitoringSettingAction = formAction(
  {
    role: "admin",
    input: monitoringSettingInput,
    read: (formData) => ({ monitoringRecord: formData.get("monitoringRecord") === "on" ? "on" : "off" }),
    invalid: "The setting could not be read. Reload and try again.",
  },
  async (ctx, input) =>
    map(await setMonitoringRecord(ctx, { on: input.monitoringRecord === "on" }), () => {
      revalidatePath("/clinic/settings");
      return {
        status: "success" as const,
        message:
          input.monitoringRecord === "on"
            ? "The monitoring record is on. Find it under Monitoring."
            : "The monitoring record is off.",
      };
    }),
);

/** Clinic admins only: adds a reply template clinicians can insert into messages. */
export const addMessageTemplateAction = formAction(
  { role: "admin", input: messageTemplateInput, read: (formData) => formValues(formData, ["title", "body"]) },
  async (ctx, input) =>
    map(await addTemplate(ctx, input), () => {
      revalidatePath("/clinic/settings");
      return { status: "success" as const, message: "Template added." };
    }),
);

/** Clinic admins only: deletes one of the clinic's reply templates. */
export const deleteMessageTemplateAction = formAction(
  {
    role: "admin",
    input: messageTemplateIdInput,
    read: (formData) => formValues(formData, ["templateId"]),
    invalid: "Reload the page and try again.",
  },
  async (ctx, input) =>
    map(await deleteTemplate(ctx, input), () => {
      revalidatePath("/clinic/settings");
      return { status: "success" as const, message: "Template deleted." };
    }),
);
