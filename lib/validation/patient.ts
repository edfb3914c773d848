import { z } from "zod";
import { emailField } from "./auth";
import { nameText, plainText } from "./text";
import type { FormState } from "@/lib/forms/form-state";

const knownTimeZones = new Set(Intl.supportedValuesOf("timeZone"));

export const timeZoneField = z
  .string()
  .refine((tz) => knownTimeZones.has(tz) || tz === "UTC", "Choose a time zone from the list.");

export const addPatientSchema = z.object({
  fullName: nameText("Enter the patient's name.")
    .min(1, "Enter the patient's name.")
    .max(120, "Use at most 120 characters."),
  email: emailField,
  timeZone: timeZoneField,
  condition: plainText()
    .max(500, "Use at most 500 characters.")
    .transform((v) => (v === "" ? null : v)),
  primaryClinicianId: z.uuid("Choose a clinician."),
});

export type AddPatientInput = z.output<typeof addPatientSchema>;

export const patientIdSchema = z.uuid();

/** A form that, on success, shows a freshly issued invite link once. */
export type InviteFormState = FormState & {
  patientId?: string;
  inviteUrl?: string;
  inviteExpiresAt?: string;
};

/** What a clinic action answers for a patient id outside the actor's clinic (or malformed): nothing more. */
export const patientNotFound = {
  status: "error",
  message: "This patient was not found in your clinic.",
} as const satisfies FormState;
