import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { clinics, recoveryCodes, signInChallenges, users, userTotp } from "../schema";

/** The user's authenticator, confirmed or still being set up; null when they have none. */
export async function findTotp(q: Queryable, userId: string) {
  const [row] = await q.select().from(userTotp).where(eq(userTotp.userId, userId));
  return row ?? null;
}

/** Starts (or restarts) setting up an authenticator: the secret is stored unconfirmed. */
export async function saveUnconfirmedTotp(q: Queryable, userId: string, secretEncrypted: string) {
  await q
    .insert(userTotp)
    .values({ userId, secretEncrypted })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secretEncrypted, confirmedAt: null, lastUsedStep: null, createdAt: new Date() },
    });
}

export async function confirmTotp(q: Queryable, userId: string, step: number, at: Date): Promise<boolean> {
  const rows = await q
    .update(userTotp)
    .set({ confirmedAt: at, lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

export async function removeTotp(q: Queryable, userId: string): Promise<void> {
  await q.delete(userTotp).where(eq(userTotp.userId, userId));
  await q
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
}

/**
 * Claims a TOTP time step for the user. Succeeds only for a step later than the last one accepted, in one
 * statement, so the same code cannot be used twice even by two requests at the same moment.
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const rows = await q
    .update(userTotp)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(userTotp.userId, userId),
        sql`${userTotp.confirmedAt} IS NOT NULL`,
        or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step)),
      ),
    )
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** Replaces every recovery code of the user with new ones (hashes only). */
export async function replaceRecoveryCodes(q: Queryable, userId: string, codeHashes: string[]) {
  await q
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  await q.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses up one recovery code; false when it is unknown, someone else's or already used. */
export async function useRecoveryCode(q: Queryable, userId: string, codeHash: string): Promise<boolean> {
  const rows = await q
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function unusedRecoveryCodeCount(q: Queryable, userId: string): Promise<number> {
  const rows = await q
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

export async function createSignInChallenge(
  q: Queryable,
  challenge: { userId: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await q.insert(signInChallenges).values(challenge);
}

/** An open challenge (not used, not expired) with what the second step needs to know about its user. */
export async function findOpenChallenge(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q
    .select({
      id: signInChallenges.id,
      userId: users.id,
      email: users.email,
      role: users.role,
      clinicId: users.clinicId,
      disabledAt: users.disabledAt,
    })
    .from(signInChallenges)
    .innerJoin(users, eq(users.id, signInChallenges.userId))
    .where(
      and(
        eq(signInChallenges.tokenHash, tokenHash),
        isNull(signInChallenges.usedAt),
        gt(signInChallenges.expiresAt, now),
      ),
    );
  return row ?? null;
}

/** Marks a challenge used; false when another request used it first. */
export async function consumeChallenge(q: Queryable, id: string, at: Date): Promise<boolean> {
  const rows = await q
    .update(signInChallenges)
    .set({ usedAt: at })
    .where(and(eq(signInChallenges.id, id), isNull(signInChallenges.usedAt)))
    .returning({ id: signInChallenges.id });
  return rows.length === 1;
}

export async function clinicRequiresTotp(q: Queryable, clinicId: string): Promise<boolean> {
  const [row] = await q
    .select({ requireTotp: clinics.requireTotp })
    .from(clinics)
    .where(eq(clinics.id, clinicId));
  return row?.requireTotp ?? false;
}

export async function setClinicRequiresTotp(q: Queryable, clinicId: string, required: boolean) {
  await q.update(clinics).set({ requireTotp: required }).where(eq(clinics.id, clinicId));
}
