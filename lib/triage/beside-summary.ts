import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { openChangeRequestsByPatient, unseenFlareUpHolds } from "@/db/queries/change-requests";
import { clinicThreadStates } from "@/db/queries/messages";
import { describeRequest } from "@/lib/domain/change-requests";
import { localDate } from "@/lib/domain/local-time";
import type { BesideSummary } from "./summary";

/**
 * Open change requests, unseen flare-up holds and message threads of the clinic (or one patient), read in
 * parallel by their clinic indexes. They are few rows per clinic, and the message rule depends on the clock
 * and on the reader, so they are read beside the summary rather than kept in it.
 */
export async function readBesideSummary(
  db: Database,
  actor: StaffActor,
  now: Date,
  onlyPatientId?: string,
): Promise<(p: { id: string; timeZone: string }) => BesideSummary> {
  const [requests, holds, threads] = await Promise.all([
    openChangeRequestsByPatient(db, actor, onlyPatientId),
    unseenFlareUpHolds(db, actor, onlyPatientId),
    clinicThreadStates(db, actor, onlyPatientId),
  ]);
  return (p) => {
    const thread = threads.get(p.id);
    return {
      signals: {
        openChangeRequests: requests
          .filter((r) => r.patientId === p.id)
          .map((r) => ({ description: describeRequest(r), askedOn: localDate(p.timeZone, r.createdAt) })),
        unseenFlareUpHold: holds.findLast((h) => h.patientId === p.id) ?? null,
        unansweredMessage:
          thread?.waitingSince && thread.waitingLatest
            ? { since: thread.waitingSince, latest: thread.waitingLatest, now, timeZone: p.timeZone }
            : null,
      },
      unreadMessages: thread?.unread ?? 0,
    };
  };
}
