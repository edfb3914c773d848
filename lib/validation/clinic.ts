import { z } from "zod";
import { nameText, plainText } from "./text";
import { timeZoneField } from "./patient";
import { EMERGENCY_COUNTRIES } from "@/lib/domain/emergency-numbers";

/** A phone number as people write it: digits with spaces, dashes, brackets and a leading +. */
const phone = (what: string) =>
  plainText()
    .max(30, "Use at most 30 characters.")
    .refine((v) => v === "" || /^\+?[\d\s\-().]+$/.test(v), `Enter ${what} with digits only (and + - ( )).`)
    .refine((v) => v === "" || v.replace(/\D/g, "").length >= 3, `Enter ${what} with at least 3 digits.`)
    .transform((v) => (v === "" ? null : v));

/** The clinic contact details an admin sets on the clinic settings page. */
export const clinicContactInput = z.object({
  phone: phone("the clinic's phone number"),
  outOfHoursPhone: phone("the out-of-hours number"),
  country: z
    .string()
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || EMERGENCY_COUNTRIES.includes(v), "Choose a country from the list."),
});

export type ClinicContactInput = z.infer<typeof clinicContactInput>;

/** The clinic's name, address, default time zone and diary reminder time, as an admin sets them. */
export const clinicDetailsInput = z.object({
  name: nameText("Enter the clinic's name.")
    .min(1, "Enter the clinic's name.")
    .max(120, "Use at most 120 characters."),
  address: plainText()
    .max(300, "Use at most 300 characters.")
    .transform((v) => (v === "" ? null : v)),
  timeZone: timeZoneField,
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 19:00.")
    .or(z.literal("").transform(() => null)),
});

export type ClinicDetailsInput = z.output<typeof clinicDetailsInput>;
