import { z } from "zod";
import { activityKeyField } from "./activity-key";
import { plainText } from "./text";

export const NOTE_MAX = 1000;
export const MEDICATION_NOTE_MAX = 200;

const scale = (what: string) =>
  z
    .number({ error: `Choose ${what} from 0 to 10.` })
    .int(`Choose ${what} from 0 to 10.`)
    .min(0, `Choose ${what} from 0 to 10.`)
    .max(10, `Choose ${what} from 0 to 10.`);

const optionalText = (max: number) =>
  plainText()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));

/** One day's diary as the portal sends it (JSON). Per-unit bounds and plan keys are checked with the plan. */
export const diaryInput = z.object({
  /** Generated on the device for each submission; a retry repeats it, so the server can recognise it. */
  clientId: z.uuid("Missing submission id."),
  /** The entry version the form was opened on; 0 for a day with no entry yet. */
  baseVersion: z.number().int().min(0),
  painNow: scale("your pain now"),
  painAverage: scale("your average pain today"),
  sleepQuality: scale("how well you slept").nullable(),
  stress: scale("your stress").nullable(),
  medicationTaken: z.boolean().nullable(),
  medicationNote: optionalText(MEDICATION_NOTE_MAX),
  flareUp: z.boolean(),
  note: optionalText(NOTE_MAX),
  activities: z
    .array(
      z.object({
        key: activityKeyField,
        amount: z.number({ error: "Enter a number." }).int("Use a whole number.").min(0, "Use 0 or more."),
      }),
    )
    .max(8)
    .refine((list) => new Set(list.map((a) => a.key)).size === list.length, "Each activity once."),
});

export type DiaryInput = z.infer<typeof diaryInput>;
