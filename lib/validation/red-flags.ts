import { z } from "zod";
import { plainText } from "./text";
import {
  HISTORY_CHANGED_KEY,
  questionsToAsk,
  RED_FLAG_KEYS,
  type RedFlagAnswers,
} from "@/lib/domain/red-flags";

const answer = z.enum(["yes", "no"], { error: "Please answer yes or no." }).transform((v) => v === "yes");

/** Every form field a check-in may carry: the questions and "anything changed since last time". */
const FIELD_KEYS = [...RED_FLAG_KEYS, HISTORY_CHANGED_KEY];

/**
 * The check-in as it arrives: the submission id and the raw answers (form fields `answer.<key>`). Which
 * questions had to be answered depends on what the server knows, so checkInAnswers below checks them once
 * lib/red-flags/submit-check-in.ts knows whether the patient's history is on record.
 */
export const checkInInput = z.object({
  clientId: z.uuid("Missing submission id."),
  answers: z.partialRecord(z.enum(FIELD_KEYS as [string, ...string[]]), z.string().max(10)),
});

export type CheckInInput = z.output<typeof checkInInput>;

/** The check-in's raw input from its form fields, for checkInInput to parse. */
export function checkInFromForm(formData: FormData) {
  const answers: Record<string, string> = {};
  for (const k of FIELD_KEYS) {
    const value = formData.get(`answer.${k}`);
    if (typeof value === "string") answers[k] = value;
  }
  return { clientId: formData.get("clientId"), answers };
}

/**
 * Every question asked answered yes or no. Which questions are asked depends on what the server knows
 * (`historyKnown`) and on the "anything changed" answer, so the set is worked out here, never taken from the
 * form; answers to questions not asked are ignored. Field errors are keyed `answers.<key>`.
 */
export function checkInAnswers(raw: CheckInInput["answers"], historyKnown: boolean) {
  const changed = historyKnown ? answer.safeParse(raw[HISTORY_CHANGED_KEY]) : null;
  const asked = questionsToAsk(historyKnown, changed?.success ? changed.data : null);
  const schema = z.object({ answers: z.object(Object.fromEntries(asked.map((q) => [q.key, answer]))) });
  const parsed = schema.safeParse({ answers: Object.fromEntries(asked.map((q) => [q.key, raw[q.key]])) });
  return parsed.success
    ? { success: true as const, data: parsed.data.answers as RedFlagAnswers }
    : { success: false as const, error: parsed.error };
}

/** A clinician's acknowledgement of a red-flag answer: the note is required (what was done about it). */
export const redFlagAckInput = z.object({
  reportId: z.uuid(),
  note: plainText()
    .min(3, "Say what you did, e.g. phoned the patient and advised emergency care.")
    .max(500, "Use at most 500 characters."),
});
