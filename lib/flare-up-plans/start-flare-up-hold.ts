import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { auditPatient } from "@/db/queries/audit";
import {
  flareUpLoggedOn,
  getFlareUpPlan,
  insertFlareUpHold,
  listFlareUpHolds,
  lockOwnPatient,
  ownHoldByClientId,
} from "@/db/queries/change-requests";
import { appendRevision, getOwnPlan } from "@/db/queries/plans";
import type { PatientContext } from "@/lib/actions/context";
import { checkFlareUpHold, FLARE_UP_HOLD_REASON } from "@/lib/domain/change-requests";
import { holdActivities } from "@/lib/domain/graded-activity/build-revision";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";
import type { FlareUpHoldInput } from "@/lib/validation/change-request";

const REFUSALS = {
  not_allowed: "Your physio has not agreed a flare-up plan with you. Ask them to change your plan instead.",
  no_plan: "Your plan has not started yet, so there is nothing to hold.",
  no_flare_up: "Save today's diary with a flare-up first.",
  not_seen: "Your physio has not seen your last hold yet. Ask them to change your plan instead.",
  running: "Your hold is still on. Keep to today's amounts until it ends.",
  too_long: "Choose how many days.",
} as const;

export type HoldStarted = { endsOn: string; days: number };

/**
 * The patient starts the hold their physio agreed in advance: today's quotas stay for the agreed days, as a
 * plan revision appended the one way plans change (appendRevision), authored by the patient with the fixed reason.
 * The clinic gets a low alert; a resent start (same client id) answers the stored hold.
 */
export async function startFlareUpHold(
  { db, actor, meta }: PatientContext,
  input: FlareUpHoldInput,
): Promise<Result<HoldStarted>> {
  const resent = await ownHoldByClientId(db, actor, input.clientId);
  if (resent) return ok({ endsOn: resent.endsOn, days: resent.days });
  try {
    return await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Database;
      const patient = await lockOwnPatient(tx, actor);
      if (!patient) return notFound();
      const again = await ownHoldByClientId(tx, actor, input.clientId);
      if (again) return ok({ endsOn: again.endsOn, days: again.days });
      if (patient.status !== "active") return conflict(REFUSALS.not_allowed);
      const today = localDate(patient.timeZone);
      const [setting, plan, flareUp, holds] = await Promise.all([
        getFlareUpPlan(tx, actor.clinicId, actor.patientId),
        getOwnPlan(tx, actor),
        flareUpLoggedOn(tx, actor.clinicId, actor.patientId, today),
        listFlareUpHolds(tx, actor.clinicId, actor.patientId, 1),
      ]);
      const current = plan ? revisionOn(plan.revisions, today) : undefined;
      const laterPlanned = plan?.revisions.some((r) => r.effectiveFrom > today) ?? false;
      const check = checkFlareUpHold({
        setting,
        today,
        flareUpLoggedToday: flareUp,
        previousHoldSeen: holds[0]?.seen ?? true,
        previousHoldEndsOn: holds[0]?.endsOn ?? null,
        planStarted: current !== undefined && !laterPlanned,
        days: input.days,
      });
      if (!check.ok)
        return check.reason === "too_long"
          ? invalid({ days: REFUSALS.too_long })
          : conflict(REFUSALS[check.reason]);
      // appendRevision only takes the clinic and the author from the actor: the author here is the patient.
      const author = { kind: "staff", userId: actor.userId, clinicId: actor.clinicId } as StaffActor;
      const saved = await appendRevision(tx, author, actor.patientId, {
        expectedVersion: plan!.version,
        kind: "hold",
        effectiveFrom: today,
        holdDays: check.days,
        reason: FLARE_UP_HOLD_REASON,
        activities: holdActivities(current!.activities, today, check.days),
      });
      if (!saved.ok) throw new Retry();
      await auditPatient(tx, actor, actor.patientId, meta, "plan.revision.create", {
        number: saved.number,
        kind: "hold",
        effectiveFrom: today,
      });
      await insertFlareUpHold(tx, actor, {
        clientId: input.clientId,
        startedOn: today,
        endsOn: check.endsOn,
        days: check.days,
        revisionNumber: saved.number,
      });
      await auditPatient(tx, actor, actor.patientId, meta, "flare_up_hold.start", {
        days: check.days,
        endsOn: check.endsOn,
        revisionNumber: saved.number,
      });
      // The hold changes the plan and raises the flare-up alert: both are read from the kept summary.
      await refreshTriageSummary(tx, { clinicId: actor.clinicId, patientId: actor.patientId });
      return ok({ endsOn: check.endsOn, days: check.days });
    });
  } catch (error) {
    if (error instanceof Retry) return conflict("Your plan changed just now. Reload the page and try again.");
    throw error;
  }
}

class Retry {}
