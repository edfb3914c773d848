import { z } from "zod";
import { emailField } from "./auth";
import { nameText, plainText } from "./text";
import { isLocalDate } from "@/lib/domain/calendar";
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

const optional = (v: string) => (v === "" ? null : v);

/** A date of birth: a real calendar date, not in the future and not before 1900. */
const dateOfBirthField = plainText()
  .refine((v) => v === "" || isLocalDate(v), "Enter the date of birth as a date.")
  .refine((v) => v === "" || (v >= "1900-01-01" && v <= new Date().toISOString().slice(0, 10)), {
    message: "Enter a date of birth between 1900 and today.",
  })
  .transform(optional);

/** The patient's details as a clinician corrects them, on the version of the record they opened. */
export const editPatientSchema = z.object({
  fullName: addPatientSchema.shape.fullName,
  email: emailField,
  phone: plainText()
    .max(30, "Use at most 30 characters.")
    .refine((v) => v === "" || /^\+?[\d\s\-().]+$/.test(v), "Enter the phone with digits only (and + - ( )).")
    .refine((v) => v === "" || v.replace(/\D/g, "").length >= 3, "Enter the phone with at least 3 digits.")
    .transform(optional),
  dateOfBirth: dateOfBirthField,
  recordNumber: nameText("Enter a record number with letters or digits.")
    .max(40, "Use at most 40 characters.")
    .transform(optional),
  timeZone: timeZoneField,
  condition: addPatientSchema.shape.condition,
  primaryClinicianId: z.uuid("Choose a clinician."),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647),
});

export type EditPatientInput = z.output<typeof editPatientSchema>;
