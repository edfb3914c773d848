import { z } from "zod";
import { plainText } from "./text";
import { RED_FLAG_KEYS, type RedFlagKey } from "@/lib/domain/red-flags";

const answer = z.enum(["yes", "no"], { error: "Please answer yes or no." }).transform((v) => v === "yes");

/** The check-in form: every question answered yes or no (form fields `answer.<key>`). */
export const checkInInput = z.object({
  clientId: z.uuid("Missing submission id."),
  answers: z.object(
    Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, answer])) as Record<RedFlagKey, typeof answer>,
  ),
});

export type CheckInInput = z.output<typeof checkInInput>;

/** The check-in's raw input from its form fields, for checkInInput to parse. */
export function checkInFromForm(formData: FormData) {
  return {
    clientId: formData.get("clientId"),
    answers: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, formData.get(`answer.${k}`) ?? undefined])),
  };
}

/** A clinician's acknowledgement of a red-flag answer: the note is required (what was done about it). */
export const redFlagAckInput = z.object({
  reportId: z.uuid(),
  note: plainText()
    .min(3, "Say what you did, e.g. phoned the patient and advised emergency care.")
    .max(500, "Use at most 500 characters."),
});
