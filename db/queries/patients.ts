import { ownPatient } from "./scope";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffActor, PatientActor } from "../actor";
import type { Database, Queryable } from "../client";
import { clinics, patients, users } from "../schema";

const clinician = alias(users, "clinician");

export type PatientStatus = (typeof patients.$inferSelect)["status"];

/** One patient of the actor's clinic, or null: another clinic's patient is indistinguishable from none. */
export async function getPatient(db: Database, actor: StaffActor, patientId: string) {
  const [row] = await db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      email: patients.email,
      status: patients.status,
      condition: patients.condition,
      timeZone: patients.timeZone,
      phone: patients.phone,
      dateOfBirth: patients.dateOfBirth,
      recordNumber: patients.recordNumber,
      version: patients.version,
      primaryClinicianId: patients.primaryClinicianId,
      primaryClinicianName: clinician.name,
      hasAccount: sql<boolean>`${patients.userId} IS NOT NULL`,
      createdAt: patients.createdAt,
    })
    .from(patients)
    .innerJoin(clinician, eq(clinician.id, patients.primaryClinicianId))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)))
    .limit(1);
  return row ?? null;
}

/** The signed-in patient's own record, for the portal. */
export async function getOwnPatient(db: Database, actor: PatientActor) {
  const [row] = await db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      timeZone: patients.timeZone,
      status: patients.status,
      createdAt: patients.createdAt,
      clinicName: clinics.name,
      clinicPhone: clinics.phone,
      clinicOutOfHoursPhone: clinics.outOfHoursPhone,
      clinicCountry: clinics.country,
      clinicianName: clinician.name,
    })
    .from(patients)
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .innerJoin(clinician, eq(clinician.id, patients.primaryClinicianId))
    .where(ownPatient(actor))
    .limit(1);
  return row ?? null;
}

/** Clinicians of the actor's clinic, e.g. to choose a patient's primary clinician. */
export async function listClinicians(db: Database, actor: StaffActor) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(eq(users.clinicId, actor.clinicId), eq(users.role, "clinician"), sql`${users.disabledAt} IS NULL`),
    )
    .orderBy(asc(users.name));
}

export async function clinicTimeZone(db: Database, actor: StaffActor): Promise<string> {
  const [row] = await db
    .select({ timeZone: clinics.timeZone })
    .from(clinics)
    .where(eq(clinics.id, actor.clinicId));
  return row?.timeZone ?? "UTC";
}

export type NewPatient = {
  fullName: string;
  email: string;
  timeZone: string;
  condition: string | null;
  primaryClinicianId: string;
};

/** Whether the user is a clinician of the actor's clinic (a patient's primary clinician must be). */
export async function isClinicClinician(q: Queryable, actor: StaffActor, userId: string): Promise<boolean> {
  const [row] = await q
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, actor.clinicId), eq(users.role, "clinician")));
  return row !== undefined;
}

/**
 * Whether someone in the actor's clinic (staff or patient) already uses this email. Only this clinic's own
 * people are checked, so the answer says nothing about other clinics.
 */
export async function emailUsedInClinic(q: Queryable, actor: StaffActor, email: string): Promise<boolean> {
  const [existingUser] = await q
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.clinicId, actor.clinicId)));
  const [existingPatient] = await q
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.clinicId, actor.clinicId), eq(patients.email, email)));
  return existingUser !== undefined || existingPatient !== undefined;
}

/** Inserts an invited patient into the actor's clinic; returns its id. */
export async function insertPatient(q: Queryable, actor: StaffActor, input: NewPatient): Promise<string> {
  const [patient] = await q
    .insert(patients)
    .values({ ...input, clinicId: actor.clinicId, status: "invited" })
    .returning({ id: patients.id });
  if (!patient) throw new Error("patient insert returned no row");
  return patient.id;
}

/** PostgreSQL's unique_violation, as node-postgres or PGlite report it (drizzle puts it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) =>
    typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
  return code(error) === "23505" || code((error as { cause?: unknown })?.cause) === "23505";
}

/** The editable part of a patient's record, as stored. */
export type PatientRecord = {
  fullName: string;
  email: string;
  phone: string | null;
  dateOfBirth: string | null;
  recordNumber: string | null;
  timeZone: string;
  condition: string | null;
  primaryClinicianId: string;
};

/** Locks one patient of the actor's clinic with its editable fields and version; null outside the clinic. */
export async function lockPatientRecord(tx: Queryable, actor: StaffActor, patientId: string) {
  const [row] = await tx
    .select({
      fullName: patients.fullName,
      email: patients.email,
      phone: patients.phone,
      dateOfBirth: patients.dateOfBirth,
      recordNumber: patients.recordNumber,
      timeZone: patients.timeZone,
      condition: patients.condition,
      primaryClinicianId: patients.primaryClinicianId,
      version: patients.version,
      userId: patients.userId,
      status: patients.status,
    })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)))
    .for("update");
  return row ?? null;
}

/** An active clinician of the actor's clinic (a patient's primary physio must be one), or null. */
export async function findClinicClinician(q: Queryable, actor: StaffActor, userId: string) {
  const [row] = await q
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.clinicId, actor.clinicId),
        eq(users.role, "clinician"),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

/** Whether someone else in the clinic (a patient, or a staff or patient account) already uses this email. */
export async function clinicEmailTaken(q: Queryable, actor: StaffActor, email: string, patientId: string) {
  const [patient] = await q
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.clinicId, actor.clinicId), eq(patients.email, email), ne(patients.id, patientId)));
  if (patient) return true;
  const [own] = await q
    .select({ userId: patients.userId })
    .from(patients)
    .where(and(eq(patients.clinicId, actor.clinicId), eq(patients.id, patientId)));
  const [user] = await q
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.email, email),
        eq(users.clinicId, actor.clinicId),
        own?.userId ? ne(users.id, own.userId) : undefined,
      ),
    );
  return Boolean(user);
}

/** Writes the new record and bumps its version (the caller holds the row lock and has checked the version). */
export async function updatePatientRecord(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  record: PatientRecord,
  version: number,
) {
  await tx
    .update(patients)
    .set({ ...record, version, updatedAt: new Date() })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
}
