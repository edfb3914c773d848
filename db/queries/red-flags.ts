import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { patients, redFlagReports, users } from "../schema";
import { clinicOrPatient, clinicPatient, ofPatient } from "./scope";

export type RedFlagReport = typeof redFlagReports.$inferSelect;
type Tier = RedFlagReport["tier"];
type Trigger = RedFlagReport["trigger"];

export type NewRedFlagReport = {
  clientId: string;
  trigger: Trigger;
  answeredOn: string;
  answers: Record<string, boolean>;
  tier: Tier;
};

/**
 * Stores the patient's check-in answers once per submission id: the new report, or null when a report with
 * this id is already stored (read it with getOwnRedFlagReportByClientId).
 */
export async function insertOwnRedFlagReport(
  q: Queryable,
  actor: PatientActor,
  report: NewRedFlagReport,
): Promise<RedFlagReport | null> {
  const [inserted] = await q
    .insert(redFlagReports)
    .values({ ...report, clinicId: actor.clinicId, patientId: actor.patientId })
    .onConflictDoNothing({
      target: [redFlagReports.clinicId, redFlagReports.patientId, redFlagReports.clientId],
    })
    .returning();
  return inserted ?? null;
}

/** The patient's own report stored under this submission id. */
export async function getOwnRedFlagReportByClientId(q: Queryable, actor: PatientActor, clientId: string) {
  const [row] = await q
    .select()
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.clinicId, actor.clinicId),
        eq(redFlagReports.patientId, actor.patientId),
        eq(redFlagReports.clientId, clientId),
      ),
    );
  return row ?? null;
}

/** Pauses the patient's own plan (a discharged patient stays discharged); true when it was paused now. */
export async function pauseOwnPlan(q: Queryable, actor: PatientActor): Promise<boolean> {
  const paused = await q
    .update(patients)
    .set({ status: "paused", updatedAt: new Date() })
    .where(
      and(
        eq(patients.clinicId, actor.clinicId),
        eq(patients.id, actor.patientId),
        ne(patients.status, "discharged"),
      ),
    )
    .returning({ id: patients.id });
  return paused.length > 0;
}

/** The patient's own report, or null when the id is not theirs. */
export async function getOwnRedFlagReport(q: Queryable, actor: PatientActor, reportId: string) {
  const [row] = await q
    .select()
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.id, reportId),
        eq(redFlagReports.clinicId, actor.clinicId),
        eq(redFlagReports.patientId, actor.patientId),
      ),
    );
  return row ?? null;
}

/**
 * The oldest emergency or urgent advice the patient has not yet confirmed reading: the portal shows it in
 * place of every page until they do, so it cannot be skipped by navigating away.
 */
export async function unreadOwnAdvice(db: Database, actor: PatientActor) {
  const [row] = await db
    .select()
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.clinicId, actor.clinicId),
        eq(redFlagReports.patientId, actor.patientId),
        inArray(redFlagReports.tier, ["emergency", "urgent"]),
        isNull(redFlagReports.patientAcknowledgedAt),
      ),
    )
    .orderBy(sql`${redFlagReports.tier} = 'emergency' DESC`, redFlagReports.createdAt)
    .limit(1);
  return row ?? null;
}

/**
 * Marks the patient's own report as read by them, once; answers its tier when it was marked now, null when
 * it was read before or is not theirs.
 */
export async function markOwnAdviceRead(q: Queryable, actor: PatientActor, reportId: string) {
  const [row] = await q
    .update(redFlagReports)
    .set({ patientAcknowledgedAt: new Date() })
    .where(
      and(
        eq(redFlagReports.id, reportId),
        eq(redFlagReports.clinicId, actor.clinicId),
        eq(redFlagReports.patientId, actor.patientId),
        isNull(redFlagReports.patientAcknowledgedAt),
      ),
    )
    .returning({ id: redFlagReports.id, tier: redFlagReports.tier });
  return row ?? null;
}

/**
 * The patient's last check-in: its local day and the moment it was stored, or null if they have never
 * answered one. The moment lets a diary day saved after it ask again the same day.
 */
export async function lastOwnCheckIn(
  db: Database,
  actor: PatientActor,
): Promise<{ on: string; at: Date } | null> {
  const [row] = await db
    .select({ on: redFlagReports.answeredOn, at: redFlagReports.createdAt })
    .from(redFlagReports)
    .where(and(eq(redFlagReports.clinicId, actor.clinicId), eq(redFlagReports.patientId, actor.patientId)))
    .orderBy(desc(redFlagReports.createdAt))
    .limit(1);
  return row ?? null;
}

/** Whether the patient has answered the fixed-history questions before (see HISTORY_KEYS). */
export async function ownHistoryAnswered(db: Database, actor: PatientActor): Promise<boolean> {
  const [row] = await db
    .select({ id: redFlagReports.id })
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.clinicId, actor.clinicId),
        eq(redFlagReports.patientId, actor.patientId),
        sql`jsonb_typeof(${redFlagReports.answers} -> 'cancer') = 'boolean'`,
        sql`jsonb_typeof(${redFlagReports.answers} -> 'injury') = 'boolean'`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

const acknowledger = sql<
  string | null
>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${redFlagReports.acknowledgedById})`;

/** A patient's check-ins for the clinician, newest first (scoped to the actor's clinic). */
export async function listRedFlagReports(db: Database, actor: StaffActor, patientId: string, limit = 20) {
  return (
    db
      .select({
        id: redFlagReports.id,
        trigger: redFlagReports.trigger,
        answeredOn: redFlagReports.answeredOn,
        answers: redFlagReports.answers,
        tier: redFlagReports.tier,
        createdAt: redFlagReports.createdAt,
        patientAcknowledgedAt: redFlagReports.patientAcknowledgedAt,
        acknowledgedAt: redFlagReports.acknowledgedAt,
        acknowledgedByName: acknowledger,
        acknowledgementNote: redFlagReports.acknowledgementNote,
      })
      .from(redFlagReports)
      .innerJoin(patients, ofPatient(redFlagReports))
      .where(clinicPatient(actor, patientId))
      // The day answered first: rows written in one transaction share created_at, and the id breaks the tie
      // so the same rows are always the ones shown.
      .orderBy(desc(redFlagReports.answeredOn), desc(redFlagReports.createdAt), desc(redFlagReports.id))
      .limit(limit)
  );
}

/** Urgent and emergency answers no clinician has acknowledged yet, across the clinic (or one patient). */
export async function openRedFlags(db: Database, actor: StaffActor, onlyPatientId?: string) {
  const scope = clinicOrPatient(actor, onlyPatientId);
  return db
    .select({
      id: redFlagReports.id,
      patientId: redFlagReports.patientId,
      tier: redFlagReports.tier,
      answers: redFlagReports.answers,
      answeredOn: redFlagReports.answeredOn,
      createdAt: redFlagReports.createdAt,
    })
    .from(redFlagReports)
    .innerJoin(patients, ofPatient(redFlagReports))
    .where(
      and(
        scope,
        inArray(redFlagReports.tier, ["urgent", "emergency"]),
        isNull(redFlagReports.acknowledgedAt),
      ),
    )
    .orderBy(redFlagReports.createdAt);
}

/** One check-in of one patient, for a clinician's acknowledgement; null when it is not that patient's. */
export async function findReport(tx: Queryable, clinicId: string, patientId: string, reportId: string) {
  const [row] = await tx
    .select({
      id: redFlagReports.id,
      acknowledgedAt: redFlagReports.acknowledgedAt,
      tier: redFlagReports.tier,
    })
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.clinicId, clinicId),
        eq(redFlagReports.id, reportId),
        eq(redFlagReports.patientId, patientId),
      ),
    );
  return row ?? null;
}

export async function markReportAcknowledged(
  tx: Queryable,
  actor: StaffActor,
  ack: { reportId: string; note: string },
): Promise<void> {
  await tx
    .update(redFlagReports)
    .set({ acknowledgedById: actor.userId, acknowledgedAt: new Date(), acknowledgementNote: ack.note })
    .where(and(eq(redFlagReports.clinicId, actor.clinicId), eq(redFlagReports.id, ack.reportId)));
}

/** Whether the patient has an emergency answer no clinician has acknowledged yet. */
export async function hasUnacknowledgedEmergency(
  tx: Queryable,
  clinicId: string,
  patientId: string,
): Promise<boolean> {
  const [open] = await tx
    .select({ id: redFlagReports.id })
    .from(redFlagReports)
    .where(
      and(
        eq(redFlagReports.clinicId, clinicId),
        eq(redFlagReports.patientId, patientId),
        eq(redFlagReports.tier, "emergency"),
        isNull(redFlagReports.acknowledgedAt),
      ),
    )
    .limit(1);
  return open !== undefined;
}

export async function setPatientStatus(
  tx: Queryable,
  clinicId: string,
  patientId: string,
  status: (typeof patients.$inferSelect)["status"],
): Promise<void> {
  await tx
    .update(patients)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)));
}
