import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Queryable } from "../client";
import { episodes, patients, users } from "../schema";
import { ofPatient } from "./scope";

export type StoredEpisode = typeof episodes.$inferSelect;

/** A patient's episodes of care, oldest first, with who discharged them; only within the actor's clinic. */
export async function listEpisodes(q: Queryable, actor: StaffActor, patientId: string) {
  return q
    .select({
      id: episodes.id,
      number: episodes.number,
      startedOn: episodes.startedOn,
      endedOn: episodes.endedOn,
      dischargeReason: episodes.dischargeReason,
      maintenanceMessage: episodes.maintenanceMessage,
      dischargedAt: episodes.dischargedAt,
      dischargedByName: users.name,
    })
    .from(episodes)
    .leftJoin(users, eq(users.id, episodes.dischargedById))
    .where(and(eq(episodes.clinicId, actor.clinicId), eq(episodes.patientId, patientId)))
    .orderBy(asc(episodes.number));
}

/** The signed-in patient's latest episode (the one their portal shows), or null before any is stored. */
export async function ownLatestEpisode(q: Queryable, actor: PatientActor) {
  const [row] = await q
    .select({
      number: episodes.number,
      startedOn: episodes.startedOn,
      endedOn: episodes.endedOn,
      maintenanceMessage: episodes.maintenanceMessage,
    })
    .from(episodes)
    .innerJoin(patients, ofPatient(episodes))
    .where(
      and(
        eq(episodes.clinicId, actor.clinicId),
        eq(episodes.patientId, actor.patientId),
        eq(patients.userId, actor.userId),
      ),
    )
    .orderBy(desc(episodes.number))
    .limit(1);
  return row ?? null;
}

/** Locks and returns the patient's episodes (newest first) for a change that adds or closes one. */
export async function lockEpisodes(tx: Queryable, actor: StaffActor, patientId: string) {
  return tx
    .select()
    .from(episodes)
    .where(and(eq(episodes.clinicId, actor.clinicId), eq(episodes.patientId, patientId)))
    .orderBy(desc(episodes.number))
    .for("update");
}

export async function insertEpisode(tx: Queryable, values: typeof episodes.$inferInsert) {
  await tx.insert(episodes).values(values);
}

/** Closes the patient's open episode with the discharge. */
export async function closeOpenEpisode(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  discharge: Pick<StoredEpisode, "endedOn" | "dischargeReason" | "maintenanceMessage">,
) {
  await tx
    .update(episodes)
    .set({ ...discharge, dischargedById: actor.userId, dischargedAt: new Date() })
    .where(
      and(eq(episodes.clinicId, actor.clinicId), eq(episodes.patientId, patientId), isNull(episodes.endedOn)),
    );
}

/** Sets the patient's status with their discharge time (null when care resumes). */
export async function setPatientCareStatus(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  status: "active" | "invited" | "discharged",
) {
  await tx
    .update(patients)
    .set({ status, dischargedAt: status === "discharged" ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
}

/** The patient's time zone, the day they were added and whether they have an account (scoped). */
export async function patientCareFacts(q: Queryable, actor: StaffActor, patientId: string) {
  const [row] = await q
    .select({ timeZone: patients.timeZone, createdAt: patients.createdAt, userId: patients.userId })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  return row ?? null;
}
