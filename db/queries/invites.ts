import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { clinics, invites, patients, users } from "../schema";
import { createHash, randomBytes } from "node:crypto";
import { ofPatient } from "./scope";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Stores a fresh single-use invite for a patient of the actor's clinic and revokes any earlier unused one,
 * so only the newest link works. Returns the token: it is shown once and only its hash is stored. The caller
 * has locked the patient in the actor's clinic and records the audit event in the same transaction.
 */
export async function storeInvite(q: Queryable, actor: StaffActor, patientId: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  await q
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invites.clinicId, actor.clinicId),
        eq(invites.patientId, patientId),
        isNull(invites.usedAt),
        isNull(invites.revokedAt),
      ),
    );
  await q.insert(invites).values({
    clinicId: actor.clinicId,
    patientId,
    tokenHash: hashInviteToken(token),
    createdById: actor.userId,
    expiresAt,
  });
  return { token, expiresAt };
}

export type InviteProblem = "not_found" | "expired" | "used" | "replaced";

/** What an invite link leads to. The token is the credential here: there is no signed-in actor yet. */
export async function lookUpInvite(
  q: Queryable,
  token: string,
  now = new Date(),
): Promise<
  { ok: true; patientName: string; email: string; clinicName: string } | { ok: false; problem: InviteProblem }
> {
  const [row] = await q
    .select({
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      revokedAt: invites.revokedAt,
      patientName: patients.fullName,
      email: patients.email,
      clinicName: clinics.name,
    })
    .from(invites)
    .innerJoin(patients, ofPatient(invites))
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .where(eq(invites.tokenHash, hashInviteToken(token)))
    .limit(1);
  if (!row) return { ok: false, problem: "not_found" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "replaced" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, patientName: row.patientName, email: row.email, clinicName: row.clinicName };
}

/** The patient an invite is for, whatever its state; null for a token that was never issued. */
export async function invitedPatient(
  q: Queryable,
  token: string,
): Promise<{ clinicId: string; patientId: string } | null> {
  const [row] = await q
    .select({ clinicId: invites.clinicId, patientId: invites.patientId })
    .from(invites)
    .where(eq(invites.tokenHash, hashInviteToken(token)));
  return row ?? null;
}

/** Locks a patient row by id for the rest of the transaction (the invite's token is the credential here). */
export async function lockInvitedPatient(q: Queryable, clinicId: string, patientId: string) {
  const [row] = await q
    .select({
      id: patients.id,
      clinicId: patients.clinicId,
      fullName: patients.fullName,
      email: patients.email,
      userId: patients.userId,
    })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)))
    .for("update");
  return row ?? null;
}

/**
 * Claims a valid invite by a conditional UPDATE (unused, not replaced, not expired), so of two simultaneous
 * claims only one succeeds. Returns the patient's id, or null when the invite could not be claimed.
 */
export async function claimInvite(q: Queryable, clinicId: string, token: string): Promise<string | null> {
  const [claimed] = await q
    .update(invites)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(invites.clinicId, clinicId),
        eq(invites.tokenHash, hashInviteToken(token)),
        isNull(invites.usedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, sql`now()`),
      ),
    )
    .returning({ patientId: invites.patientId });
  return claimed?.patientId ?? null;
}

/** The patient's own account; null when the email is already taken by another account. */
export async function insertPatientUser(
  q: Queryable,
  patient: { clinicId: string; email: string; fullName: string },
  passwordHash: string,
): Promise<string | null> {
  const [user] = await q
    .insert(users)
    .values({
      clinicId: patient.clinicId,
      email: patient.email,
      name: patient.fullName,
      role: "patient",
      passwordHash,
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return user?.id ?? null;
}

/** Links the new account to the patient, who becomes active. */
export async function linkPatientAccount(
  q: Queryable,
  clinicId: string,
  patientId: string,
  userId: string,
): Promise<void> {
  await q
    .update(patients)
    .set({ userId, status: "active", updatedAt: new Date() })
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)));
}

/** The address a patient of the actor's clinic is invited at (null outside the clinic). */
export async function clinicPatientEmail(q: Queryable, actor: StaffActor, patientId: string) {
  const [row] = await q
    .select({ email: patients.email })
    .from(patients)
    .where(and(eq(patients.clinicId, actor.clinicId), eq(patients.id, patientId)));
  return row?.email ?? null;
}

/** Stops every unused invite link of a patient (locked by the caller); answers how many. */
export async function revokeOpenInvites(q: Queryable, clinicId: string, patientId: string): Promise<number> {
  const rows = await q
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invites.clinicId, clinicId),
        eq(invites.patientId, patientId),
        isNull(invites.usedAt),
        isNull(invites.revokedAt),
      ),
    )
    .returning({ id: invites.id });
  return rows.length;
}
