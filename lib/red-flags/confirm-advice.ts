import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { getOwnRedFlagReport, markOwnAdviceRead } from "@/db/queries/red-flags";
import type { PatientContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";

/** The patient confirms they read the urgent or emergency advice of one of their own reports (idempotent). */
export async function confirmAdvice({ db, actor, meta }: PatientContext, reportId: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const read = await markOwnAdviceRead(tx, actor, reportId);
    if (read)
      await auditPatient(tx, actor, actor.patientId, meta, "red_flag.patient_confirm", {
        reportId,
        tier: read.tier,
      });
    return (await getOwnRedFlagReport(tx, actor, reportId)) ? ok() : notFound();
  });
}
