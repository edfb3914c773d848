import "server-only";
import { insertAlertAck } from "@/db/queries/alerts";
import { auditPatient } from "@/db/queries/audit";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { isRedFlagRule } from "@/lib/domain/alerts";
import { notFound, ok, type Result } from "@/lib/result/result";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";
import { triageRow } from "@/lib/triage/triage-list";

/**
 * A clinician's review of a patient: every open diary alert is acknowledged with the one note, up to the day
 * of its evidence, and the review is audited (the patient page counts "since your last review" from it). The
 * alerts are worked out on the server; red-flag answers keep their own acknowledgement, with its note of what
 * was done. Reviewing with no open alert still records the review.
 */
export async function markReviewed(
  { db, actor, meta }: StaffContext,
  input: { patientId: string; note: string | null },
  now = new Date(),
): Promise<Result<{ acknowledged: number }>> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, input.patientId))) return notFound();
    const row = await triageRow(tx, actor, input.patientId, now);
    if (!row) return notFound();
    const open = row.alerts.filter((a) => !isRedFlagRule(a.rule));
    for (const alert of open)
      await insertAlertAck(tx, actor, {
        patientId: input.patientId,
        rule: alert.rule,
        upToDate: alert.evidenceDate,
        note: input.note,
      });
    await auditPatient(tx, actor, input.patientId, meta, "patient.review", {
      rules: open.map((a) => ({ rule: a.rule, upToDate: a.evidenceDate })),
      note: input.note,
    });
    if (open.length > 0)
      await refreshTriageSummary(tx, { clinicId: actor.clinicId, patientId: input.patientId });
    return ok({ acknowledged: open.length });
  });
}
