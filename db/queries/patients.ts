import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffActor, PatientActor, RequestMeta } from "../actor";
import type { Database, Queryable } from "../client";
import { clinics, patients, users } from "../schema";
import { recordAudit } from "./audit";
import { issueInvite } from "./invites";

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
    .where(and(eq(patients.id, actor.patientId), eq(patients.userId, actor.userId)))
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

export type CreatePatientResult =
  | { ok: true; patientId: string; inviteToken: string; inviteExpiresAt: Date }
  | { ok: false; field: "email" | "primaryClinicianId"; message: string };

/** Adds a patient to the actor's clinic and issues their first invite, in one transaction with its audit. */
export async function createPatient(
  db: Database,
  actor: StaffActor,
  input: NewPatient,
  meta: RequestMeta,
  afterInvite?: (
    tx: Queryable,
    invite: { token: string; expiresAt: Date; email: string },
  ) => Promise<unknown>,
): Promise<CreatePatientResult> {
  return db
    .transaction(async (tx): Promise<CreatePatientResult> => {
      const [owner] = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.id, input.primaryClinicianId),
            eq(users.clinicId, actor.clinicId),
            eq(users.role, "clinician"),
          ),
        );
      if (!owner)
        return { ok: false, field: "primaryClinicianId", message: "Choose a clinician of this clinic." };

      // Only this clinic's own people are checked. An account elsewhere is not mentioned: the patient is added
      // and invited as anyone new would be, so the form cannot be used to find out who uses Gradus where.
      // (Accepting such an invite answers "already used": one email, one account.)
      const [existingUser] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.email, input.email), eq(users.clinicId, actor.clinicId)));
      const [existingPatient] = await tx
        .select({ id: patients.id })
        .from(patients)
        .where(and(eq(patients.clinicId, actor.clinicId), eq(patients.email, input.email)));
      if (existingUser || existingPatient) {
        return { ok: false, field: "email", message: EMAIL_TAKEN };
      }

      const [patient] = await tx
        .insert(patients)
        .values({ ...input, clinicId: actor.clinicId, status: "invited" })
        .returning({ id: patients.id });
      if (!patient) throw new Error("patient insert returned no row");
      await recordAudit(tx, {
        action: "patient.create",
        actorUserId: actor.userId,
        clinicId: actor.clinicId,
        patientId: patient.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
      const invite = await issueInvite(tx, actor, patient.id, meta);
      await afterInvite?.(tx, { ...invite, email: input.email });
      return {
        ok: true,
        patientId: patient.id,
        inviteToken: invite.token,
        inviteExpiresAt: invite.expiresAt,
      };
    })
    .catch((error: unknown) => {
      // Two clinicians adding the same email at the same moment: the unique key answers for the second.
      if (isUniqueViolation(error)) return { ok: false, field: "email", message: EMAIL_TAKEN } as const;
      throw error;
    });
}

const EMAIL_TAKEN = "Someone in this clinic already uses this email.";

/** PostgreSQL's unique_violation, as node-postgres or PGlite report it (drizzle puts it in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) =>
    typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
  return code(error) === "23505" || code((error as { cause?: unknown })?.cause) === "23505";
}
