import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { lockClinicPatient } from "@/db/queries/scope";
import { insertTimeLogEntry } from "@/db/queries/time-log";
import type { StaffContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { TimeLogInput } from "@/lib/validation/time-log";

/** Logs minutes a clinician spent on a patient's monitoring; a resent client id stores one entry. */
export async function logTime(
  { db, actor, meta }: StaffContext,
  input: { patientId: string; entry: TimeLogInput },
): Promise<Result<{ status: "created" | "resent" }>> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, input.patientId))) return notFound();
    const row = await insertTimeLogEntry(tx, actor, input.patientId, input.entry);
    if (row)
      await auditPatient(tx, actor, input.patientId, meta, "time_log.create", {
        entryId: row.id,
        minutes: input.entry.minutes,
        kind: input.entry.kind,
      });
    return ok({ status: row ? "created" : "resent" });
  });
}
