import { getOwnPatient } from "@/db/queries/patients";
import { submitOwnRedFlagReport } from "@/db/queries/red-flags";
import type { PatientContext } from "@/lib/actions/context";
import { notifyStaffOfUrgentPatient } from "@/lib/alerts/notify-staff";
import { localDate } from "@/lib/domain/local-time";
import { redFlagTier, type RedFlagTier } from "@/lib/domain/red-flags";
import { fieldsOf, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { checkInAnswers, type CheckInInput } from "@/lib/validation/red-flags";
import { ownCheckInDue, ownHistoryKnown } from "./check-in-due";

/**
 * Stores the patient's red-flag answers. Which questions had to be answered (the fixed history once, then
 * only "anything changed"), the tier and the reason they were asked are worked out here, never taken from
 * the form; an emergency answer pauses the plan (in the query's transaction), and an emergency or urgent
 * answer tells the physiotherapist and the clinic's admins outside the app, in that same transaction
 * (lib/alerts/notify-staff.ts; no health information leaves the app). A resent submission
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
  const stored = await submitOwnRedFlagReport(
    db,
    actor,
    {
      clientId: input.clientId,
      trigger: due?.trigger ?? "weekly",
      answeredOn: today,
      answers: answers.data,
      tier: redFlagTier(answers.data),
    },
    meta,
    async (tx, report) => {
      if (report.tier !== "emergency" && report.tier !== "urgent") return;
      await notifyStaffOfUrgentPatient(tx, {
        clinicId: actor.clinicId,
        patientId: actor.patientId,
        reason: { tier: report.tier, reportId: report.id },
      });
    },
  );
  return ok({ tier: stored.tier });
}
