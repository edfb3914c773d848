import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { RequestMeta, StaffActor } from "../actor";
import type { Database } from "../client";
import { alertAcks, patients, redFlagReports, users } from "../schema";
import { recordAudit } from "./audit";
import { clinicPatient } from "./scope";

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

export type Acknowledgement = {
  id: string;
  kind: "alert" | "red_flag";
  /** The alert rule, or the red-flag tier ("urgent", "emergency"). */
  subject: string;
  /** The diary day (alert) or answer day (red flag) the acknowledgement covered. */
  day: string | null;
  note: string | null;
  byName: string | null;
  at: Date;
};

/**
 * A patient's most recent acknowledgements, of alerts and of red-flag answers alike, newest first, with the
 * clinician's note: the notes are part of the record and must be readable after the alert is gone.
 */
export async function listAcknowledgements(
  db: Database,
  actor: StaffActor,
  patientId: string,
  limit = 10,
): Promise<Acknowledgement[]> {
  const [alerts, flags] = await Promise.all([
    db
      .select({
        id: alertAcks.id,
        rule: alertAcks.rule,
        day: alertAcks.upToDate,
        note: alertAcks.note,
        byName: users.name,
        at: alertAcks.acknowledgedAt,
      })
      .from(alertAcks)
      .innerJoin(patients, eq(patients.id, alertAcks.patientId))
      .leftJoin(users, eq(users.id, alertAcks.acknowledgedById))
      .where(clinicPatient(actor, patientId))
      .orderBy(desc(alertAcks.acknowledgedAt), desc(alertAcks.id))
      .limit(limit),
    db
      .select({
        id: redFlagReports.id,
        tier: redFlagReports.tier,
        day: redFlagReports.answeredOn,
        note: redFlagReports.acknowledgementNote,
        byName: users.name,
        at: redFlagReports.acknowledgedAt,
      })
      .from(redFlagReports)
      .innerJoin(patients, eq(patients.id, redFlagReports.patientId))
      .leftJoin(users, eq(users.id, redFlagReports.acknowledgedById))
      .where(and(clinicPatient(actor, patientId), isNotNull(redFlagReports.acknowledgedAt)))
      .orderBy(desc(redFlagReports.acknowledgedAt), desc(redFlagReports.id))
      .limit(limit),
  ]);
  return [
    ...alerts.map((a) => ({
      id: a.id,
      kind: "alert" as const,
      subject: a.rule,
      day: a.day,
      note: a.note,
      byName: a.byName,
      at: a.at,
    })),
    ...flags.map((f) => ({
      id: f.id,
      kind: "red_flag" as const,
      subject: f.tier,
      day: f.day,
      note: f.note,
      byName: f.byName,
      at: f.at!,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id))
    .slice(0, limit);
}
