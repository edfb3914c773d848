import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { digestSubscribers } from "@/db/queries/digests";
import { appOrigin } from "@/lib/auth/invite-url";
import { localDate, localHour } from "@/lib/domain/local-time";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { digestEmail } from "@/lib/outbox/messages";
import { triageList } from "@/lib/triage/triage-list";

/** The digest goes out from 07:00 in the clinic's time zone; missed by 09:00 (the app was down), it is dropped. */
export const DIGEST_HOURS = { from: 7, until: 9 } as const;

/**
 * The morning digest: for each subscriber in their clinic's morning, how many patients need attention (their
 * own patients for a physiotherapist, the whole clinic for an admin). Only a number and a link; none when
 * nobody needs attention. At most one a day per person, kept by the outbox's dedupe key, so several instances
 * and restarts send it once.
 */
export async function sendDigests(db: Database, now = new Date()): Promise<{ queued: number }> {
  let queued = 0;
  for (const s of await digestSubscribers(db)) {
    const hour = localHour(s.timeZone, now);
    if (hour < DIGEST_HOURS.from || hour >= DIGEST_HOURS.until || s.role === "patient") continue;
    const actor: StaffActor = {
      kind: "staff",
      userId: s.userId,
      role: s.role,
      clinicId: s.clinicId,
      name: s.name,
      sessionId: "digest",
    };
    const rows = await triageList(db, actor, now);
    const count = rows.filter(
      (r) => r.alerts.length > 0 && (actor.role === "admin" || r.primaryClinicianId === actor.userId),
    ).length;
    if (count === 0) continue;
    const { inserted } = await enqueueEmail(db, {
      clinicId: s.clinicId,
      to: s.email,
      kind: "digest",
      dedupeKey: `digest:${s.userId}:${localDate(s.timeZone, now)}`,
      ...digestEmail({ url: `${appOrigin()}/patients`, count }),
    });
    if (inserted) queued++;
  }
  return { queued };
}
