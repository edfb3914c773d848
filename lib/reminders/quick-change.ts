import "server-only";
import { and, eq } from "drizzle-orm";
import type { RequestMeta } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { auditPatient, recordAudit } from "@/db/queries/audit";
import { getReminderPreferences, saveReminderPreferences } from "@/db/queries/reminders";
import { patients } from "@/db/schema";
import type { PatientContext } from "@/lib/actions/context";
import { KIND_SWITCH, PAUSE_MS, type ReminderPreferences } from "@/lib/domain/reminders/due";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { ReminderQuickInput } from "@/lib/validation/reminders";
import type { ReminderLink } from "./link-token";

function changed(prefs: ReminderPreferences, input: ReminderQuickInput, now: Date): ReminderPreferences {
  switch (input.action) {
    case "pause":
      return { ...prefs, pausedUntil: new Date(now.getTime() + PAUSE_MS) };
    case "resume":
      return { ...prefs, pausedUntil: null };
    case "stop":
      return { ...prefs, [KIND_SWITCH[input.kind]]: false };
  }
}

/** One tap on the Reminders page: pause every reminder for a week, end the pause, or stop one kind. */
export async function changeOwnReminders(
  { db, actor, meta }: PatientContext,
  input: ReminderQuickInput,
  now = new Date(),
): Promise<Result<{ pausedUntil: Date | null }>> {
  return db.transaction(async (tx) => {
    const prefs = changed(await getReminderPreferences(tx, actor.clinicId, actor.patientId), input, now);
    await saveReminderPreferences(tx, actor.clinicId, actor.patientId, prefs);
    await auditPatient(tx, actor, actor.patientId, meta, `reminders.${input.action}`, { ...input });
    return ok({ pausedUntil: prefs.pausedUntil });
  });
}

async function patientInClinic(tx: Queryable, link: ReminderLink): Promise<boolean> {
  const [row] = await tx
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.clinicId, link.clinicId), eq(patients.id, link.patientId)))
    .for("update");
  return row !== undefined;
}

/**
 * The same taps from the signed link in a reminder email, without signing in: the verified link names the
 * patient, their clinic and the kind (lib/reminders/link-token.ts), and only "pause" or "stop" are possible.
 */
export async function changeRemindersByLink(
  { db, meta }: { db: Queryable & PatientContext["db"]; meta: RequestMeta },
  link: ReminderLink,
  action: "pause" | "stop",
  now = new Date(),
): Promise<Result> {
  return db.transaction(async (tx) => {
    if (!(await patientInClinic(tx, link))) return notFound();
    const input: ReminderQuickInput = action === "pause" ? { action } : { action, kind: link.kind };
    const prefs = changed(await getReminderPreferences(tx, link.clinicId, link.patientId), input, now);
    await saveReminderPreferences(tx, link.clinicId, link.patientId, prefs);
    await recordAudit(tx, {
      action: `reminders.${action}`,
      clinicId: link.clinicId,
      patientId: link.patientId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: { ...input, via: "email link" },
    });
    return ok();
  });
}
