import { z } from "zod";
import { plainText } from "./text";

const clientId = z.uuid({ error: "Reload the page and try again." });

export const TIME_LOG_KINDS = ["review", "call", "message"] as const;

/** Minutes a clinician logs for a patient's monitoring: 1-120, what kind of work, a short note. */
export const timeLogInput = z.object({
  clientId,
  minutes: z.coerce
    .number({ error: "Enter the minutes as a number." })
    .int("Enter whole minutes.")
    .min(1, "Log at least 1 minute.")
    .max(120, "Log at most 120 minutes at a time."),
  kind: z.enum(TIME_LOG_KINDS, { error: "Choose review, call or message." }),
  note: plainText().max(200, "Use at most 200 characters."),
});
export type TimeLogInput = z.output<typeof timeLogInput>;
