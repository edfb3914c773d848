import { z } from "zod";
import { plainText } from "./text";
import { HISTORY_CHANGED_KEY, questionsToAsk, type RedFlagAnswers } from "@/lib/domain/red-flags";

const answer = z.enum(["yes", "no"], { error: "Please answer yes or no." }).transform((v) => v === "yes");

/**
 * The check-in form: every question asked answered yes or no (form fields `answer.<key>`). Which questions
 * are asked depends on what the server knows (`historyKnown`) and on the "anything changed" answer, so the
 * set is worked out here, never taken from the form; answers to questions not asked are ignored.
 */
export function checkInFromForm(formData: FormData, historyKnown: boolean) {
  const field = (k: string) => formData.get(`answer.${k}`) ?? undefined;
  const changed = historyKnown ? answer.safeParse(field(HISTORY_CHANGED_KEY)) : null;
  const asked = questionsToAsk(historyKnown, changed?.success ? changed.data : null);
  const schema = z.object({
    clientId: z.uuid("Missing submission id."),
    answers: z.object(Object.fromEntries(asked.map((q) => [q.key, answer]))),
  });
  const parsed = schema.safeParse({
    clientId: formData.get("clientId"),
    answers: Object.fromEntries(asked.map((q) => [q.key, field(q.key)])),
  });
  return parsed.success
    ? {
        success: true as const,
        data: { clientId: parsed.data.clientId, answers: parsed.data.answers as RedFlagAnswers },
      }
    : { success: false as const, error: parsed.error };
}

/** A clinician's acknowledgement of a red-flag answer: the note is required (what was done about it). */
export const redFlagAckInput = z.object({
  reportId: z.uuid(),
  note: plainText()
    .min(3, "Say what you did, e.g. phoned the patient and advised emergency care.")
    .max(500, "Use at most 500 characters."),
});
