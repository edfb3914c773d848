import { and, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "../client";
import { passwordResets, sessions, users } from "../schema";
import { hashInviteToken } from "./invites";
import { randomBytes } from "node:crypto";

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** The same SHA-256 as invite tokens: a random 256-bit token needs no slow hash, and is found by its hash. */
export const hashResetToken = hashInviteToken;

/** The account an address belongs to, if any and not disabled. */
export async function findAccountForReset(q: Queryable, email: string) {
  const [row] = await q
    .select({ userId: users.id, clinicId: users.clinicId, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}

/** A new link for the account; earlier unused ones stop working. Answers the token, shown only in the email. */
export async function issuePasswordReset(
  q: Queryable,
  account: { userId: string; clinicId: string },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS);
  await q
    .update(passwordResets)
    .set({ revokedAt: now })
    .where(
      and(
        eq(passwordResets.clinicId, account.clinicId),
        eq(passwordResets.userId, account.userId),
        isNull(passwordResets.usedAt),
        isNull(passwordResets.revokedAt),
      ),
    );
  await q.insert(passwordResets).values({
    clinicId: account.clinicId,
    userId: account.userId,
    tokenHash: hashResetToken(token),
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

export type ResetProblem = "not_found" | "expired" | "used" | "replaced";

/** What a reset link leads to; the token is the credential (nobody is signed in). */
export async function lookUpPasswordReset(
  q: Queryable,
  token: string,
  now = new Date(),
): Promise<
  | { ok: true; userId: string; clinicId: string; email: string; name: string; role: string }
  | { ok: false; problem: ResetProblem }
> {
  const [row] = await q
    .select({
      userId: passwordResets.userId,
      clinicId: passwordResets.clinicId,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
      revokedAt: passwordResets.revokedAt,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(passwordResets)
    .innerJoin(users, and(eq(users.id, passwordResets.userId), eq(users.clinicId, passwordResets.clinicId)))
    .where(eq(passwordResets.tokenHash, hashResetToken(token)))
    .limit(1);
  if (!row || row.disabledAt) return { ok: false, problem: "not_found" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "replaced" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return {
    ok: true,
    userId: row.userId,
    clinicId: row.clinicId,
    email: row.email,
    name: row.name,
    role: row.role,
  };
}

/**
 * Uses a link: a conditional UPDATE, so of two submissions of one link exactly one wins. Answers the account,
 * or null when the link is unknown, used, replaced or expired.
 */
export async function claimPasswordReset(q: Queryable, token: string, now: Date) {
  const [row] = await q
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, hashResetToken(token)),
        isNull(passwordResets.usedAt),
        isNull(passwordResets.revokedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId, clinicId: passwordResets.clinicId });
  return row ?? null;
}

/** Ends every open session of the account; answers how many. */
export async function endAllSessions(q: Queryable, userId: string, now: Date): Promise<number> {
  const rows = await q
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
