import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { getOwnReminderPreferences, saveReminderPreferences } from "@/db/queries/reminders";
import type { PatientContext } from "@/lib/actions/context";
import { ok, type Result } from "@/lib/result/result";
import type { ReminderPreferencesInput } from "@/lib/validation/reminders";

/** The patient sets which reminders they get, how, and when (their own record only). */
export async function updateReminderPreferences(
  { db, actor, meta }: PatientContext,
  input: ReminderPreferencesInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    const current = await getOwnReminderPreferences(tx, actor);
    await saveReminderPreferences(tx, actor.clinicId, actor.patientId, { ...current, ...input });
    await auditPatient(tx, actor, actor.patientId, meta, "reminders.preferences", { ...input });
    return ok();
  });
}
