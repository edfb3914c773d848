import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { findReport, markReportAcknowledged } from "@/db/queries/red-flags";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";

/**
 * A clinician acknowledges a red-flag answer with a note of what they did. Scoped to their clinic; a second
 * acknowledgement changes nothing and answers "already".
 */
export async function acknowledgeRedFlag(
  { db, actor, meta }: StaffContext,
  ack: { patientId: string; reportId: string; note: string },
): Promise<Result<"acknowledged" | "already">> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, ack.patientId))) return notFound();
    const report = await findReport(tx, actor.clinicId, ack.patientId, ack.reportId);
    if (!report) return notFound();
    if (report.acknowledgedAt) return ok("already" as const);
    await markReportAcknowledged(tx, actor, ack);
    await auditPatient(tx, actor, ack.patientId, meta, "red_flag.acknowledge", {
      reportId: ack.reportId,
      tier: report.tier,
      note: ack.note,
    });
    await refreshTriageSummary(tx, { clinicId: actor.clinicId, patientId: ack.patientId });
    return ok("acknowledged" as const);
  });
}
