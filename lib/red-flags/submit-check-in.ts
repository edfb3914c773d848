import { getOwnPatient } from "@/db/queries/patients";
import { submitOwnRedFlagReport } from "@/db/queries/red-flags";
import type { PatientContext } from "@/lib/actions/context";
import { localDate } from "@/lib/domain/local-time";
import { redFlagTier, type RedFlagTier } from "@/lib/domain/red-flags";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { CheckInInput } from "@/lib/validation/red-flags";
import { ownCheckInDue } from "./check-in-due";

/**
 * Stores the patient's red-flag answers. The tier and the reason they were asked are worked out here, never
 * taken from the form; an emergency answer pauses the plan (in the query's transaction). A resent submission
 * id answers the stored report's tier, so a retry never advises differently from what was stored.
 */
export async function submitCheckIn(
  { db, actor, meta }: PatientContext,
  input: CheckInInput,
): Promise<Result<{ tier: RedFlagTier }>> {
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
      answers: input.answers,
      tier: redFlagTier(input.answers),
    },
    meta,
  );
  return ok({ tier: stored.tier });
}
