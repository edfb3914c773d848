import "server-only";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { auditPatient } from "@/db/queries/audit";
import { insertChangeRequest, ownRequestByClientId } from "@/db/queries/change-requests";
import type { PatientContext } from "@/lib/actions/context";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";
import type { ChangeRequestInput } from "@/lib/validation/change-request";

export const ALREADY_ASKED = "You already asked about this. Your physio will answer that first.";

/**
 * The patient asks to change their plan. It changes no quota: it waits for the physio's answer. A resent
 * request (same client id) answers the stored one; a second open request for the same activity is refused.
 */
export async function createChangeRequest(
  { db, actor, meta }: PatientContext,
  input: ChangeRequestInput,
): Promise<Result<{ id: string }>> {
  const patient = await getOwnPatient(db, actor);
  if (!patient) return notFound();
  const resent = await ownRequestByClientId(db, actor, input.clientId);
  if (resent) return ok({ id: resent.id });

  let activityName = input.newActivityName ?? "";
  if (input.activityKey !== null) {
    const plan = await getOwnPlan(db, actor);
    const today = localDate(patient.timeZone);
    const revision = plan ? (revisionOn(plan.revisions, today) ?? plan.revisions.at(-1)) : undefined;
    const activity = revision?.activities.find((a) => a.key === input.activityKey);
    if (!activity) return invalid({ activity: "Choose an activity from your plan." });
    activityName = activity.name;
  }

  return db.transaction(async (tx) => {
    const row = await insertChangeRequest(tx, actor, {
      clientId: input.clientId,
      activityKey: input.activityKey,
      activityName,
      reason: input.reason,
      suggestedAmount: input.suggestedAmount,
      note: input.note,
    });
    if (!row) {
      const same = await ownRequestByClientId(tx, actor, input.clientId);
      return same ? ok({ id: same.id }) : conflict(ALREADY_ASKED);
    }
    await auditPatient(tx, actor, actor.patientId, meta, "change_request.create", {
      requestId: row.id,
      activityKey: input.activityKey,
      reason: input.reason,
      suggestedAmount: input.suggestedAmount,
    });
    return ok(row);
  });
}
