import "server-only";
import { getOwnPatient } from "@/db/queries/patients";
import { auditPatient } from "@/db/queries/audit";
import { notifyStaffOfUrgentPatient } from "@/lib/alerts/notify-staff";
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
import { conflict, fieldsOf, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { CARE_ENDED } from "@/lib/domain/episodes";
import { checkInAnswers, type CheckInInput } from "@/lib/validation/red-flags";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";
import { ownCheckInDue, ownHistoryKnown } from "./check-in-due";

/**
 * Stores the patient's red-flag answers. Which questions had to be answered (the fixed history once, then
 * only "anything changed"), the tier and the reason they were asked are worked out here, never taken from
 * the form; an emergency answer pauses the plan in the same transaction, so the pause and the report land
 * together, and an emergency or urgent answer tells the physiotherapist and the clinic's admins outside the
 * app in that same transaction (lib/alerts/notify-staff.ts; no health information leaves the app). A resent submission
 * id answers the stored report's tier, so a retry never advises differently from what was stored.
 */
export async function submitCheckIn(
  { db, actor, meta }: PatientContext,
  input: CheckInInput,
): Promise<Result<{ tier: RedFlagTier }>> {
  const patient = await getOwnPatient(db, actor);
  if (!patient) return notFound("Your record could not be found. Please sign in again.");
  if (patient.status === "discharged") return conflict(CARE_ENDED);
  const answers = checkInAnswers(input.answers, await ownHistoryKnown(db, actor));
  if (!answers.success)
    return invalid(fieldsOf(answers.error), "Please answer every question with yes or no.");
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

/**
 * Stores the report once per submission id (a retry answers the stored one), its audit, any pause and the
 * staff notice of an emergency or urgent answer.
 */
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
    // The physio and the clinic's admins hear of it outside the app (lib/alerts/notify-staff.ts).
    if (inserted.tier === "emergency" || inserted.tier === "urgent")
      await notifyStaffOfUrgentPatient(tx, {
        clinicId: actor.clinicId,
        patientId: actor.patientId,
        reason: { tier: inserted.tier, reportId: inserted.id },
      });
    await refreshTriageSummary(tx, { clinicId: actor.clinicId, patientId: actor.patientId });
    return inserted;
  });
}
