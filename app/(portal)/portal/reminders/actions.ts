"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { changeOwnReminders } from "@/lib/reminders/quick-change";
import { updateReminderPreferences } from "@/lib/reminders/update-preferences";
import { map } from "@/lib/result/result";
import { reminderPreferencesInput, reminderQuickInput } from "@/lib/validation/reminders";

/** The patient's Reminders form: kinds, channels, time of day and quiet hours. */
export const saveReminderPreferencesAction = formAction(
  {
    role: "patient",
    input: reminderPreferencesInput,
    invalid: "Please correct the highlighted fields.",
  },
  async (ctx, input) =>
    map(await updateReminderPreferences(ctx, input), () => {
      revalidatePath("/portal/reminders");
      return { status: "success" as const, message: "Your reminder settings are saved." };
    }),
);

/** The one-tap buttons: pause for a week, end the pause, stop one kind. */
export const quickReminderAction = formAction(
  {
    role: "patient",
    input: reminderQuickInput,
    invalid: "That did not work. Please try again.",
  },
  async (ctx, input) =>
    map(await changeOwnReminders(ctx, input), () => {
      revalidatePath("/portal/reminders");
      const message =
        input.action === "pause"
          ? "Reminders are paused for a week."
          : input.action === "resume"
            ? "Reminders are on again."
            : "You will not get this kind of reminder any more.";
      return { status: "success" as const, message };
    }),
);
