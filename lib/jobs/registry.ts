import { sendDigests } from "@/lib/alerts/send-digests";
import { mailSenderFromEnv } from "@/lib/outbox/mail-sender";
import { sendDueEmail } from "@/lib/outbox/send-due-email";
import { sendDueReminders } from "@/lib/reminders/send-reminders";
import type { Job } from "./job";

/**
 * Every background job of the app, started by instrumentation.ts in each server process. Add a job here (its
 * code in lib/<feature>/): it must be safe to run in several instances at once (see lib/jobs/job.ts).
 */
export function registeredJobs(env: NodeJS.ProcessEnv = process.env): Job[] {
  const sender = mailSenderFromEnv(env);
  return [
    {
      name: "send-email",
      everySeconds: tickSeconds(env),
      run: ({ db, now, log }) => sendDueEmail({ db, sender, now, log }),
    },
    { name: "morning-digest", everySeconds: 300, run: ({ db, now }) => sendDigests(db, now) },
    // Patients' reminders (lib/reminders/send-reminders.ts): once a minute is enough for a chosen HH:MM.
    { name: "send-reminders", everySeconds: 60, run: ({ db, now }) => sendDueReminders(db, now) },
  ];
}

/** How often the outbox is sent: JOBS_TICK_SECONDS, 10 by default (so urgent alerts leave within a minute). */
export function tickSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.JOBS_TICK_SECONDS);
  return Number.isInteger(n) && n >= 1 && n <= 60 ? n : 10;
}
