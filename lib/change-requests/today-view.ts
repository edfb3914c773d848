import "server-only";
import type { PatientActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { getFlareUpPlan, listFlareUpHolds, listOwnChangeRequests } from "@/db/queries/change-requests";
import { addDays } from "@/lib/domain/calendar";
import { FLARE_UP_HOLD_MAX_DAYS, holdRunning } from "@/lib/domain/change-requests";
import { localDate } from "@/lib/domain/local-time";

/**
 * What Today shows about change requests and the flare-up plan: answers of the last days, and whether the
 * agreed hold may be started now (the server checks it again when it is started).
 */
export async function ownPlanRequestsToday(
  db: Database,
  actor: PatientActor,
  today: string,
  timeZone: string,
  flareUpLoggedToday: boolean,
) {
  const [setting, holds, requests] = await Promise.all([
    getFlareUpPlan(db, actor.clinicId, actor.patientId),
    listFlareUpHolds(db, actor.clinicId, actor.patientId, 1),
    listOwnChangeRequests(db, actor, 10),
  ]);
  const last = holds[0] ?? null;
  const running = last && holdRunning(last, today) ? last : null;
  const recentAnswers = requests.filter(
    (r) => r.status !== "open" && r.answeredAt && localDate(timeZone, r.answeredAt) >= addDays(today, -3),
  );
  const flareUp = setting?.enabled
    ? {
        plan: setting.plan,
        maxDays: Math.min(setting.maxDays, FLARE_UP_HOLD_MAX_DAYS),
        running: running ? { endsOn: running.endsOn } : null,
        waitingForPhysio: last !== null && !last.seen,
        canStart: flareUpLoggedToday && !running && (last === null || last.seen),
      }
    : null;
  return {
    flareUp,
    recentAnswers: recentAnswers.map((r) => ({ id: r.id, activityName: r.activityName, status: r.status })),
    waiting: requests.filter((r) => r.status === "open").length,
  };
}
