import "server-only";
import type { Metadata } from "next";
import { PushToggle } from "@/components/ui/push-toggle";
import { PauseReminders, ReminderSettings, StopKinds } from "@/components/portal/reminders/reminder-settings";
import { getDb } from "@/db/client";
import { getOwnReminderPreferences } from "@/db/queries/reminders";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";
import { vapidKeys } from "@/lib/push/vapid";
import { quickReminderAction, saveReminderPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Reminders" };

export default async function RemindersPage() {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const prefs = await getOwnReminderPreferences(db, actor);
  const paused = prefs.pausedUntil && prefs.pausedUntil > new Date() ? prefs.pausedUntil : null;
  const pausedLabel = paused
    ? new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short" }).format(paused)
    : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Reminders</h1>
      <p className="text-slate-700">
        We can remind you to fill in your diary and answer your questions. You choose what, how and when.
      </p>
      <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="pause-heading">
        <h2 id="pause-heading" className="mb-3 font-semibold">
          Take a break
        </h2>
        <PauseReminders pausedUntil={pausedLabel} change={quickReminderAction} />
        <div className="mt-4">
          <StopKinds prefs={prefs} change={quickReminderAction} />
        </div>
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="mb-3 font-semibold">
          Your settings
        </h2>
        <ReminderSettings prefs={prefs} save={saveReminderPreferencesAction} />
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="push-heading">
        <h2 id="push-heading" className="mb-3 font-semibold">
          Notifications on this phone
        </h2>
        <PushToggle publicKey={vapidKeys()?.publicKey ?? null} />
      </section>
    </div>
  );
}
