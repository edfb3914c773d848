import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import {
  activityLibrary,
  alertAcks,
  changeRequests,
  diaryEntries,
  flareUpHolds,
  flareUpPlans,
  patients,
} from "../schema";
import { clinicOrPatient, ofPatient } from "./scope";

/** Every query here filters by clinic_id (docs/SCALING.md); a patient's by their own id as well. */

const columns = {
  id: changeRequests.id,
  patientId: changeRequests.patientId,
  activityKey: changeRequests.activityKey,
  activityName: changeRequests.activityName,
  reason: changeRequests.reason,
  suggestedAmount: changeRequests.suggestedAmount,
  note: changeRequests.note,
  status: changeRequests.status,
  answerMessage: changeRequests.answerMessage,
  answeredAt: changeRequests.answeredAt,
  revisionNumber: changeRequests.revisionNumber,
  createdAt: changeRequests.createdAt,
};

export type ChangeRequest = {
  id: string;
  patientId: string;
  activityKey: string | null;
  activityName: string;
  reason: (typeof changeRequests.$inferSelect)["reason"];
  suggestedAmount: number | null;
  note: string;
  status: (typeof changeRequests.$inferSelect)["status"];
  answerMessage: string | null;
  answeredAt: Date | null;
  revisionNumber: number | null;
  createdAt: Date;
};

/** The signed-in patient's own requests, newest first. */
export async function listOwnChangeRequests(
  db: Database,
  actor: PatientActor,
  limit = 20,
): Promise<ChangeRequest[]> {
  return db
    .select(columns)
    .from(changeRequests)
    .where(and(eq(changeRequests.clinicId, actor.clinicId), eq(changeRequests.patientId, actor.patientId)))
    .orderBy(desc(changeRequests.createdAt))
    .limit(limit);
}

/** Requests of the actor's clinic (or one of its patients), open ones or all, newest first. */
export async function listClinicChangeRequests(
  db: Database,
  actor: StaffActor,
  options: { patientId?: string; onlyOpen?: boolean; limit?: number } = {},
): Promise<(ChangeRequest & { patientName: string })[]> {
  return db
    .select({ ...columns, patientName: patients.fullName })
    .from(changeRequests)
    .innerJoin(patients, ofPatient(changeRequests))
    .where(
      and(
        eq(changeRequests.clinicId, actor.clinicId),
        clinicOrPatient(actor, options.patientId),
        options.onlyOpen ? eq(changeRequests.status, "open") : undefined,
      ),
    )
    .orderBy(options.onlyOpen ? asc(changeRequests.createdAt) : desc(changeRequests.createdAt))
    .limit(options.limit ?? 200);
}

/** Stores a request; null when this client id is already stored (a resend) or one is open for the activity. */
export async function insertChangeRequest(
  tx: Queryable,
  actor: PatientActor,
  request: {
    clientId: string;
    activityKey: string | null;
    activityName: string;
    reason: ChangeRequest["reason"];
    suggestedAmount: number | null;
    note: string;
  },
): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(changeRequests)
    .values({ ...request, clinicId: actor.clinicId, patientId: actor.patientId })
    .onConflictDoNothing()
    .returning({ id: changeRequests.id });
  return row ?? null;
}

export async function ownRequestByClientId(tx: Queryable, actor: PatientActor, clientId: string) {
  const [row] = await tx
    .select(columns)
    .from(changeRequests)
    .where(
      and(
        eq(changeRequests.clinicId, actor.clinicId),
        eq(changeRequests.clinicId, actor.clinicId),
        eq(changeRequests.patientId, actor.patientId),
        eq(changeRequests.clientId, clientId),
      ),
    );
  return row ?? null;
}

/** One request of the actor's clinic; null outside it. */
export async function getClinicChangeRequest(
  q: Queryable,
  actor: StaffActor,
  patientId: string,
  requestId: string,
): Promise<ChangeRequest | null> {
  const [row] = await q
    .select(columns)
    .from(changeRequests)
    .where(
      and(
        eq(changeRequests.id, requestId),
        eq(changeRequests.clinicId, actor.clinicId),
        eq(changeRequests.patientId, patientId),
      ),
    );
  return row ?? null;
}

/**
 * Closes an open request with its answer. The update only applies while the request is still open, so of two
 * clinicians answering at once exactly one wins; false for the other (or outside the clinic).
 */
export async function closeChangeRequest(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  requestId: string,
  answer: {
    status: "accepted" | "adjusted" | "declined";
    message: string | null;
    revisionNumber: number | null;
  },
): Promise<boolean> {
  const rows = await tx
    .update(changeRequests)
    .set({
      status: answer.status,
      answerMessage: answer.message,
      revisionNumber: answer.revisionNumber,
      answeredById: actor.userId,
      answeredAt: new Date(),
    })
    .where(
      and(
        eq(changeRequests.id, requestId),
        eq(changeRequests.clinicId, actor.clinicId),
        eq(changeRequests.patientId, patientId),
        eq(changeRequests.status, "open"),
      ),
    )
    .returning({ id: changeRequests.id });
  return rows.length === 1;
}

/** Open requests per patient of the clinic, for the triage list's alerts. */
export async function openChangeRequestsByPatient(db: Database, actor: StaffActor, onlyPatientId?: string) {
  return db
    .select({
      patientId: changeRequests.patientId,
      activityKey: changeRequests.activityKey,
      activityName: changeRequests.activityName,
      reason: changeRequests.reason,
      createdAt: changeRequests.createdAt,
    })
    .from(changeRequests)
    .innerJoin(patients, ofPatient(changeRequests))
    .where(
      and(
        eq(changeRequests.clinicId, actor.clinicId),
        clinicOrPatient(actor, onlyPatientId),
        eq(changeRequests.status, "open"),
      ),
    )
    .orderBy(asc(changeRequests.createdAt));
}

// ---- Flare-up plan agreed in advance ----

export type FlareUpPlan = { enabled: boolean; maxDays: number; plan: string; updatedAt: Date };

export async function getFlareUpPlan(
  q: Queryable,
  clinicId: string,
  patientId: string,
): Promise<FlareUpPlan | null> {
  const [row] = await q
    .select({
      enabled: flareUpPlans.enabled,
      maxDays: flareUpPlans.maxDays,
      plan: flareUpPlans.plan,
      updatedAt: flareUpPlans.updatedAt,
    })
    .from(flareUpPlans)
    .where(and(eq(flareUpPlans.clinicId, clinicId), eq(flareUpPlans.patientId, patientId)));
  return row ?? null;
}

export async function upsertFlareUpPlan(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  plan: { enabled: boolean; maxDays: number; plan: string },
) {
  await tx
    .insert(flareUpPlans)
    .values({ ...plan, clinicId: actor.clinicId, patientId, updatedById: actor.userId })
    .onConflictDoUpdate({
      target: [flareUpPlans.clinicId, flareUpPlans.patientId],
      set: { ...plan, updatedById: actor.userId, updatedAt: new Date() },
      setWhere: eq(flareUpPlans.clinicId, actor.clinicId),
    });
}

export type FlareUpHold = {
  id: string;
  startedOn: string;
  endsOn: string;
  days: number;
  revisionNumber: number;
  createdAt: Date;
  /** Whether a clinician acknowledged its alert (saw it) after it started. */
  seen: boolean;
};

// Qualified by hand: in a select without joins drizzle leaves columns unqualified, and inside the subquery an
// unqualified "patient_id" would be the acknowledgement's own (any patient's acknowledgement would count).
const seenSql = sql<boolean>`EXISTS (SELECT 1 FROM ${alertAcks} a WHERE a.clinic_id = "flare_up_holds"."clinic_id" AND a.patient_id = "flare_up_holds"."patient_id" AND a.rule = 'flare_up_hold_started' AND a.acknowledged_at >= "flare_up_holds"."created_at")`;

const holdColumns = {
  id: flareUpHolds.id,
  patientId: flareUpHolds.patientId,
  startedOn: flareUpHolds.startedOn,
  endsOn: flareUpHolds.endsOn,
  days: flareUpHolds.days,
  revisionNumber: flareUpHolds.revisionNumber,
  createdAt: flareUpHolds.createdAt,
  seen: seenSql,
};

/** A patient's latest holds, newest first (the clinic's or the patient's own: both filter by clinic). */
export async function listFlareUpHolds(q: Queryable, clinicId: string, patientId: string, limit = 5) {
  return q
    .select(holdColumns)
    .from(flareUpHolds)
    .where(and(eq(flareUpHolds.clinicId, clinicId), eq(flareUpHolds.patientId, patientId)))
    .orderBy(desc(flareUpHolds.createdAt))
    .limit(limit);
}

/** Holds no clinician has seen yet, per patient of the clinic (for the triage list's alerts). */
export async function unseenFlareUpHolds(
  db: Database,
  actor: StaffActor,
  onlyPatientId?: string,
  since?: string,
) {
  return db
    .select(holdColumns)
    .from(flareUpHolds)
    .innerJoin(patients, ofPatient(flareUpHolds))
    .where(
      and(
        eq(flareUpHolds.clinicId, actor.clinicId),
        clinicOrPatient(actor, onlyPatientId),
        since ? gte(flareUpHolds.startedOn, since) : undefined,
        sql`NOT ${seenSql}`,
      ),
    )
    .orderBy(asc(flareUpHolds.createdAt));
}

export async function insertFlareUpHold(
  tx: Queryable,
  actor: PatientActor,
  hold: { clientId: string; startedOn: string; endsOn: string; days: number; revisionNumber: number },
) {
  await tx.insert(flareUpHolds).values({ ...hold, clinicId: actor.clinicId, patientId: actor.patientId });
}

export async function ownHoldByClientId(tx: Queryable, actor: PatientActor, clientId: string) {
  const [row] = await tx
    .select(holdColumns)
    .from(flareUpHolds)
    .where(
      and(
        eq(flareUpHolds.clinicId, actor.clinicId),
        eq(flareUpHolds.clinicId, actor.clinicId),
        eq(flareUpHolds.patientId, actor.patientId),
        eq(flareUpHolds.clientId, clientId),
      ),
    );
  return row ?? null;
}

// ---- The clinic's own activity library ----

export async function listClinicLibrary(db: Database, actor: StaffActor) {
  return db
    .select({
      id: activityLibrary.id,
      name: activityLibrary.name,
      unit: activityLibrary.unit,
      instructions: activityLibrary.instructions,
      videoUrl: activityLibrary.videoUrl,
    })
    .from(activityLibrary)
    .where(eq(activityLibrary.clinicId, actor.clinicId))
    .orderBy(asc(activityLibrary.name));
}

/** Adds a clinic activity; null when the clinic already has one of that name. */
export async function insertLibraryActivity(
  tx: Queryable,
  actor: StaffActor,
  a: {
    name: string;
    unit: (typeof activityLibrary.$inferInsert)["unit"];
    instructions: string;
    videoUrl: string | null;
  },
) {
  const [row] = await tx
    .insert(activityLibrary)
    .values({ ...a, clinicId: actor.clinicId, createdById: actor.userId })
    .onConflictDoNothing()
    .returning({ id: activityLibrary.id });
  return row ?? null;
}

export async function deleteLibraryActivity(tx: Queryable, actor: StaffActor, id: string) {
  const rows = await tx
    .delete(activityLibrary)
    .where(and(eq(activityLibrary.id, id), eq(activityLibrary.clinicId, actor.clinicId)))
    .returning({ id: activityLibrary.id, name: activityLibrary.name });
  return rows[0] ?? null;
}

/** Locks the signed-in patient's own row for the rest of the transaction; null when it is not theirs. */
export async function lockOwnPatient(tx: Queryable, actor: PatientActor) {
  const [row] = await tx
    .select({ id: patients.id, status: patients.status, timeZone: patients.timeZone })
    .from(patients)
    .where(
      and(
        eq(patients.id, actor.patientId),
        eq(patients.userId, actor.userId),
        eq(patients.clinicId, actor.clinicId),
      ),
    )
    .for("update");
  return row ?? null;
}

/** Whether the patient logged a flare-up on this day. */
export async function flareUpLoggedOn(
  q: Queryable,
  clinicId: string,
  patientId: string,
  date: string,
): Promise<boolean> {
  const [row] = await q
    .select({ flareUp: diaryEntries.flareUp })
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.clinicId, clinicId),
        eq(diaryEntries.patientId, patientId),
        eq(diaryEntries.entryDate, date),
      ),
    );
  return row?.flareUp ?? false;
}
