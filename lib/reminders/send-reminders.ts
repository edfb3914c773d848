import "server-only";
import type { PatientActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { getOwnEntry } from "@/db/queries/diary";
import { countOwnPushSubscriptions } from "@/db/queries/push-subscriptions";
import {
  claimReminderDay,
  listClinicIds,
  listReminderCandidates,
  type ReminderCandidate,
} from "@/db/queries/reminders";
import { reminderKind, reminderSlot, type ReminderSlot } from "@/lib/domain/reminders/due";
import { ownMeasures } from "@/lib/outcomes/own-measures";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { sendPush } from "@/lib/push/send-push";
import { ownCheckInDue } from "@/lib/red-flags/check-in-due";
import { signReminderLink } from "./link-token";
import { reminderEmail, reminderPush } from "./messages";

/**
 * The reminder job, run every minute by the job runner (lib/jobs) on every app instance. For each patient
 * whose chosen time has come (lib/domain/reminders/due.ts), it works out what is due that day from the same
 * rules the portal uses, then claims the day in reminder_sends: only the instance whose insert goes in
 * enqueues the email (in the same transaction) and sends the push, so two instances or a restart never send
 * twice. A slot older than the catch-up window is never sent.
 */
export async function sendDueReminders(db: Database, now = new Date()): Promise<{ sent: number }> {
  let sent = 0;
  for (const clinicId of await listClinicIds(db)) {
    for (const candidate of await listReminderCandidates(db, clinicId)) {
      const slot = reminderSlot(now, candidate.timeZone, candidate.prefs);
      if (slot && (await remindOne(db, candidate, slot, now))) sent++;
    }
  }
  return { sent };
}

/** The patient as the portal's own reads see them, to reuse their scoped queries (no session: a job). */
const asPatient = (c: ReminderCandidate): PatientActor => ({
  kind: "patient",
  role: "patient",
  userId: c.userId,
  clinicId: c.clinicId,
  patientId: c.patientId,
  name: "",
  sessionId: "",
});

async function remindOne(db: Database, c: ReminderCandidate, slot: ReminderSlot, now: Date) {
  const actor = asPatient(c);
  const [entry, measures, checkIn, subscriptions] = await Promise.all([
    getOwnEntry(db, actor, slot.localDate),
    ownMeasures(db, actor, slot.localDate),
    ownCheckInDue(db, actor, slot.localDate),
    c.prefs.push ? countOwnPushSubscriptions(db, actor) : Promise.resolve(0),
  ]);
  const due = measures.due;
  const kind = reminderKind(c.prefs, {
    status: c.status,
    hasPlan: c.hasPlan,
    dayLogged: entry !== null,
    questionnaireDue: due.psfs !== null || due.peg || due.fabq || due.work,
    checkInDue: checkIn?.trigger === "weekly" || checkIn?.trigger === "onboarding",
  });
  if (!kind) return false;
  const channels = [c.prefs.email ? "email" : null, subscriptions > 0 ? "push" : null].filter(
    (x): x is string => x !== null,
  );
  if (channels.length === 0) return false;

  const claimed = await db.transaction(async (tx) => {
    const claim = {
      clinicId: c.clinicId,
      patientId: c.patientId,
      kind,
      ...slot,
      channels: channels.join(","),
    };
    if (!(await claimReminderDay(tx, claim))) return false;
    if (c.prefs.email) {
      const token = signReminderLink({ patientId: c.patientId, clinicId: c.clinicId, kind }, now);
      await enqueueEmail(tx, {
        clinicId: c.clinicId,
        to: c.email,
        kind: "reminder",
        ...reminderEmail(kind, token),
        dedupeKey: `reminder:${c.patientId}:${slot.localDate}`,
      });
    }
    await recordAudit(tx, {
      action: "reminders.sent",
      clinicId: c.clinicId,
      patientId: c.patientId,
      details: { kind, localDate: slot.localDate, channels },
    });
    return true;
  });
  if (claimed && subscriptions > 0) {
    await sendPush(db, [{ clinicId: c.clinicId, userId: c.userId }], reminderPush(kind));
  }
  return claimed;
}
