import { and, desc, eq, gt } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { patients, timeLogEntries, users } from "../schema";
import { clinicOrPatient, clinicPatient, ofPatient } from "./scope";

export type TimeLogEntry = {
  id: string;
  minutes: number;
  kind: "review" | "call" | "message";
  note: string;
  clinicianName: string;
  createdAt: Date;
};

const scoped = and(ofPatient(timeLogEntries), eq(patients.clinicId, timeLogEntries.clinicId));

/** A patient's logged minutes, newest first; empty outside the actor's clinic. */
export async function listTimeLog(
  db: Database,
  actor: StaffActor,
  patientId: string,
  limit = 20,
): Promise<TimeLogEntry[]> {
  return db
    .select({
      id: timeLogEntries.id,
      minutes: timeLogEntries.minutes,
      kind: timeLogEntries.kind,
      note: timeLogEntries.note,
      clinicianName: users.name,
      createdAt: timeLogEntries.createdAt,
    })
    .from(timeLogEntries)
    .innerJoin(patients, scoped)
    .innerJoin(users, eq(users.id, timeLogEntries.clinicianId))
    .where(and(clinicPatient(actor, patientId), eq(timeLogEntries.clinicId, actor.clinicId)))
    .orderBy(desc(timeLogEntries.createdAt), desc(timeLogEntries.id))
    .limit(limit);
}

/** Stores an entry unless its client id is already stored (a resend); null then. Call with the patient locked. */
export async function insertTimeLogEntry(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  entry: { clientId: string; minutes: number; kind: TimeLogEntry["kind"]; note: string },
): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(timeLogEntries)
    .values({ ...entry, patientId, clinicId: actor.clinicId, clinicianId: actor.userId })
    .onConflictDoNothing({
      target: [timeLogEntries.clinicId, timeLogEntries.patientId, timeLogEntries.clientId],
    })
    .returning({ id: timeLogEntries.id });
  return row ?? null;
}

/** The clinic's logged minutes from `since` on, for the monitoring record. */
export async function clinicTimeLog(db: Database, actor: StaffActor, since: Date, onlyPatientId?: string) {
  return db
    .select({
      patientId: timeLogEntries.patientId,
      at: timeLogEntries.createdAt,
      minutes: timeLogEntries.minutes,
      kind: timeLogEntries.kind,
      by: users.name,
    })
    .from(timeLogEntries)
    .innerJoin(patients, scoped)
    .innerJoin(users, eq(users.id, timeLogEntries.clinicianId))
    .where(
      and(
        clinicOrPatient(actor, onlyPatientId),
        eq(timeLogEntries.clinicId, actor.clinicId),
        gt(timeLogEntries.createdAt, since),
      ),
    );
}
