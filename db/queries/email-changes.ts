import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { passwordResets, patientEmailChanges, patients, users } from "../schema";
import { hashInviteToken } from "./invites";

export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The same SHA-256 as invite and reset tokens: a random 256-bit token needs no slow hash. */
export const hashEmailChangeToken = hashInviteToken;

const open = and(isNull(patientEmailChanges.confirmedAt), isNull(patientEmailChanges.revokedAt));

/** Ends every open request for the patient (a newer one replaces it, or staff cancel it); answers how many. */
export async function revokeEmailChanges(
  q: Queryable,
  actor: StaffActor,
  patientId: string,
  now: Date,
): Promise<number> {
  const rows = await q
    .update(patientEmailChanges)
    .set({ revokedAt: now })
    .where(
      and(
        eq(patientEmailChanges.clinicId, actor.clinicId),
        eq(patientEmailChanges.patientId, patientId),
        open,
      ),
    )
    .returning({ id: patientEmailChanges.id });
  return rows.length;
}

/**
 * A new request to move a patient's sign-in to `newEmail` (the caller has locked the patient in the actor's
 * clinic); earlier open requests stop working. Answers the token, which only the email carries.
 */
export async function storeEmailChange(
  q: Queryable,
  actor: StaffActor,
  input: { patientId: string; userId: string; newEmail: string },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  await revokeEmailChanges(q, actor, input.patientId, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_LIFETIME_MS);
  await q.insert(patientEmailChanges).values({
    clinicId: actor.clinicId,
    patientId: input.patientId,
    userId: input.userId,
    newEmail: input.newEmail.toLowerCase(),
    tokenHash: hashEmailChangeToken(token),
    requestedById: actor.userId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

export type PendingEmailChange = { newEmail: string; requestedAt: Date; expiresAt: Date };

/** The patient's open request (expired or not), for the patient page; null when none is waiting. */
export async function pendingEmailChange(
  q: Queryable,
  actor: StaffActor,
  patientId: string,
): Promise<PendingEmailChange | null> {
  const [row] = await q
    .select({
      newEmail: patientEmailChanges.newEmail,
      requestedAt: patientEmailChanges.createdAt,
      expiresAt: patientEmailChanges.expiresAt,
    })
    .from(patientEmailChanges)
    .where(
      and(
        eq(patientEmailChanges.clinicId, actor.clinicId),
        eq(patientEmailChanges.patientId, patientId),
        open,
      ),
    )
    .orderBy(desc(patientEmailChanges.createdAt))
    .limit(1);
  return row ?? null;
}

export type EmailChangeProblem = "not_found" | "expired" | "used" | "replaced";

/** What a confirmation link leads to; reading it changes nothing (mail scanners open links). */
export async function lookUpEmailChange(
  q: Queryable,
  token: string,
  now = new Date(),
): Promise<{ ok: true; newEmail: string } | { ok: false; problem: EmailChangeProblem }> {
  const [row] = await q
    .select({
      newEmail: patientEmailChanges.newEmail,
      expiresAt: patientEmailChanges.expiresAt,
      confirmedAt: patientEmailChanges.confirmedAt,
      revokedAt: patientEmailChanges.revokedAt,
      disabledAt: users.disabledAt,
    })
    .from(patientEmailChanges)
    .innerJoin(
      users,
      and(eq(users.id, patientEmailChanges.userId), eq(users.clinicId, patientEmailChanges.clinicId)),
    )
    .where(eq(patientEmailChanges.tokenHash, hashEmailChangeToken(token)))
    .limit(1);
  if (!row || row.disabledAt) return { ok: false, problem: "not_found" };
  if (row.confirmedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "replaced" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, newEmail: row.newEmail };
}

/**
 * Uses a link: a conditional UPDATE, so of two submissions exactly one wins. Answers the request, or null
 * when the link is unknown, used, replaced or expired.
 */
export async function claimEmailChange(q: Queryable, token: string, now: Date) {
  const [row] = await q
    .update(patientEmailChanges)
    .set({ confirmedAt: now })
    .where(
      and(
        eq(patientEmailChanges.tokenHash, hashEmailChangeToken(token)),
        open,
        gt(patientEmailChanges.expiresAt, now),
      ),
    )
    .returning({
      clinicId: patientEmailChanges.clinicId,
      patientId: patientEmailChanges.patientId,
      userId: patientEmailChanges.userId,
      newEmail: patientEmailChanges.newEmail,
    });
  return row ?? null;
}

/** The account and record a confirmed request changes, locked; null when the account is disabled or gone. */
export async function lockAccountForEmailChange(
  q: Queryable,
  change: { clinicId: string; patientId: string; userId: string },
) {
  const [row] = await q
    .select({ email: users.email, patientEmail: patients.email, version: patients.version })
    .from(users)
    .innerJoin(
      patients,
      and(
        eq(patients.userId, users.id),
        eq(patients.id, change.patientId),
        eq(patients.clinicId, change.clinicId),
      ),
    )
    .where(and(eq(users.id, change.userId), eq(users.clinicId, change.clinicId), isNull(users.disabledAt)))
    .for("update");
  return row ?? null;
}

/**
 * Makes `email` the account's sign-in and the record's contact address (bumping the record's version), and
 * ends any "forgot password" link still open, since it went to the old address.
 */
export async function applyEmailChange(
  q: Queryable,
  change: { clinicId: string; patientId: string; userId: string; email: string; version: number },
  now: Date,
) {
  await q
    .update(users)
    .set({ email: change.email, updatedAt: now })
    .where(and(eq(users.id, change.userId), eq(users.clinicId, change.clinicId)));
  await q
    .update(patients)
    .set({ email: change.email, version: change.version + 1, updatedAt: now })
    .where(and(eq(patients.id, change.patientId), eq(patients.clinicId, change.clinicId)));
  await q
    .update(passwordResets)
    .set({ revokedAt: now })
    .where(
      and(
        eq(passwordResets.userId, change.userId),
        isNull(passwordResets.usedAt),
        isNull(passwordResets.revokedAt),
      ),
    );
}

/** Whether any account (in any clinic: sign-in emails are unique) other than `userId` signs in with `email`. */
export async function signInEmailTaken(q: Queryable, email: string, userId: string): Promise<boolean> {
  const [row] = await q.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return Boolean(row && row.id !== userId);
}

/** The sign-in email of an account of the actor's clinic. */
export async function signInEmailOf(q: Queryable, actor: StaffActor, userId: string): Promise<string | null> {
  const [row] = await q
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, actor.clinicId)));
  return row?.email ?? null;
}
