import { z } from "zod";
import { REMINDER_KINDS } from "@/lib/domain/reminders/due";

const timeOfDay = (label: string) =>
  z
    .string({ error: `Choose a time for ${label}.` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Choose a time for ${label}, like 19:00.`);

/** A checkbox in a form: "on" when ticked, missing when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The portal's Reminders form. */
export const reminderPreferencesInput = z.object({
  diary: checkbox,
  questionnaire: checkbox,
  checkIn: checkbox,
  email: checkbox,
  push: checkbox,
  sendAt: timeOfDay("your reminder"),
  quietFrom: timeOfDay("quiet hours to start"),
  quietUntil: timeOfDay("quiet hours to end"),
});
export type ReminderPreferencesInput = z.output<typeof reminderPreferencesInput>;

/** The one-tap buttons: pause every reminder for a week, or stop (or restart) one kind. */
export const reminderQuickInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("pause") }),
  z.object({ action: z.literal("resume") }),
  z.object({ action: z.literal("stop"), kind: z.enum(REMINDER_KINDS) }),
]);
export type ReminderQuickInput = z.output<typeof reminderQuickInput>;

/** What the signed link in a reminder email may do. */
export const reminderLinkAction = z.enum(["pause", "stop"]);
