import type { Queryable } from "../client";
import { reminderPreferences } from "../schema";
import { DEFAULT_REMINDER_PREFERENCES, PAUSE_MS, type ReminderPreferences } from "@/lib/domain/reminders/due";

/** Demo patients' reminder choices, so the Reminders page shows more than the defaults. */
export const demoReminderChoices: Record<string, (now: Date) => Partial<ReminderPreferences>> = {
  "maria.lopez@mail.example": () => ({}),
  "james.oneill@mail.example": () => ({
    sendAt: "08:30",
    push: false,
    quietFrom: "22:00",
    quietUntil: "07:30",
  }),
  "aiko.tanaka@mail.example": () => ({ sendAt: "20:00", questionnaire: false }),
  "daniel.brooks@mail.example": (now) => ({ pausedUntil: new Date(now.getTime() + PAUSE_MS) }),
};

export async function seedDemoReminders(
  tx: Queryable,
  clinicId: string,
  patientId: string,
  email: string,
  now = new Date(),
) {
  const choice = demoReminderChoices[email];
  if (!choice) return;
  await tx
    .insert(reminderPreferences)
    .values({ patientId, clinicId, ...DEFAULT_REMINDER_PREFERENCES, ...choice(now) });
}
