import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { alertAcks, auditEvents, patients, redFlagReports, users } from "../schema";
import { clinicPatient, ofPatient } from "./scope";

/** Stores a clinician's acknowledgement of an alert, up to the diary day it was based on. */
export async function insertAlertAck(
  tx: Queryable,
  actor: StaffActor,
  ack: { patientId: string; rule: string; upToDate: string | null; note: string | null },
): Promise<void> {
  await tx.insert(alertAcks).values({ ...ack, clinicId: actor.clinicId, acknowledgedById: actor.userId });
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
      .innerJoin(patients, ofPatient(alertAcks))
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
      .innerJoin(patients, ofPatient(redFlagReports))
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

/** When this clinician last marked the patient reviewed (lib/alerts/mark-reviewed.ts), or null. */
export async function lastReviewBy(db: Database, actor: StaffActor, patientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .innerJoin(patients, eq(patients.id, auditEvents.patientId))
    .where(
      and(
        clinicPatient(actor, patientId),
        eq(auditEvents.actorUserId, actor.userId),
        eq(auditEvents.action, "patient.review"),
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(1);
  return row?.at ?? null;
}
