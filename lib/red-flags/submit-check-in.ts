import "server-only";
import { getOwnPatient } from "@/db/queries/patients";
import { auditPatient } from "@/db/queries/audit";
import {
  getOwnRedFlagReportByClientId,
  insertOwnRedFlagReport,
  pauseOwnPlan,
  type NewRedFlagReport,
  type RedFlagReport,
} from "@/db/queries/red-flags";
import type { PatientContext } from "@/lib/actions/context";
import { localDate } from "@/lib/domain/local-time";
import { redFlagTier, type RedFlagTier } from "@/lib/domain/red-flags";
import { fieldsOf, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { checkInAnswers, type CheckInInput } from "@/lib/validation/red-flags";
import { ownCheckInDue, ownHistoryKnown } from "./check-in-due";

/**
 * Stores the patient's red-flag answers. Which questions had to be answered (the fixed history once, then
 * only "anything changed"), the tier and the reason they were asked are worked out here, never taken from
 * the form; an emergency answer pauses the plan in the same transaction, so the pause and the report land
 * together. A resent submission
 * id answers the stored report's tier, so a retry never advises differently from what was stored.
 */
export async function submitCheckIn(
  { db, actor, meta }: PatientContext,
  input: CheckInInput,
): Promise<Result<{ tier: RedFlagTier }>> {
  const answers = checkInAnswers(input.answers, await ownHistoryKnown(db, actor));
  if (!answers.success)
    return invalid(fieldsOf(answers.error), "Please answer every question with yes or no.");
  const patient = await getOwnPatient(db, actor);
  if (!patient) return notFound("Your record could not be found. Please sign in again.");
  const today = localDate(patient.timeZone);
  const due = await ownCheckInDue(db, actor, today);
  const stored = await storeRedFlagReport(
    { db, actor, meta },
    {
      clientId: input.clientId,
      trigger: due?.trigger ?? "weekly",
      answeredOn: today,
      answers: answers.data,
      tier: redFlagTier(answers.data),
    },
  );
  return ok({ tier: stored.tier });
}

/** Stores the report once per submission id (a retry answers the stored one), its audit and any pause. */
export function storeRedFlagReport(
  { db, actor, meta }: PatientContext,
  report: NewRedFlagReport,
): Promise<RedFlagReport> {
  return db.transaction(async (tx) => {
    const inserted = await insertOwnRedFlagReport(tx, actor, report);
    if (!inserted) return (await getOwnRedFlagReportByClientId(tx, actor, report.clientId))!;
    await auditPatient(tx, actor, actor.patientId, meta, "red_flag.answer", {
      reportId: inserted.id,
      trigger: report.trigger,
      tier: report.tier,
      answers: report.answers,
    });
    if (report.tier === "emergency" && (await pauseOwnPlan(tx, actor)))
      await auditPatient(tx, actor, actor.patientId, meta, "plan.pause", { reportId: inserted.id });
    return inserted;
  });
}
