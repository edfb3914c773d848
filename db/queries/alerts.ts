import { and, eq } from "drizzle-orm";
import type { RequestMeta, StaffActor } from "../actor";
import type { Database } from "../client";
import { alertAcks, patients } from "../schema";
import { recordAudit } from "./audit";

/**
 * Records that a clinician has seen an alert, up to the diary day it was based on. Answers false, writing
 * nothing, for a patient outside the actor's clinic.
 */
export async function acknowledgeAlert(
  db: Database,
  actor: StaffActor,
  ack: { patientId: string; rule: string; upToDate: string | null; note: string | null },
  meta: RequestMeta,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: patients.id })
      .from(patients)
      .where(and(eq(patients.id, ack.patientId), eq(patients.clinicId, actor.clinicId)));
    if (!patient) return false;
    await tx.insert(alertAcks).values({ ...ack, acknowledgedById: actor.userId });
    await recordAudit(tx, {
      action: "alert.acknowledge",
      actorUserId: actor.userId,
      clinicId: actor.clinicId,
      patientId: ack.patientId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: { rule: ack.rule, upToDate: ack.upToDate },
    });
    return true;
  });
}
