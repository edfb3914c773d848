import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { RequestMeta } from "@/db/actor";
import type { Database, Queryable } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { recordLoginAttempt, type LoginFactor } from "@/db/queries/login-attempts";
import { createSession, findUserForSignIn } from "@/db/queries/sessions";
import { createSignInChallenge, findTotp } from "@/db/queries/two-factor";
import { verifyPassword } from "./password";
import { sessionExpiry, type Role } from "./session-policy";
import { mustWait, recordFailure } from "./sign-in-throttle";

export { LOGIN_LIMITS } from "./login-backoff";

/** How long the second step may take after a correct password. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

export type AuthenticateResult =
  | { status: "signed_in"; userId: string; sessionId: string }
  | { status: "second_factor"; challenge: string }
  | { status: "invalid" }
  | { status: "rate_limited" };

export const hashChallenge = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Checks an email and password. Without two-factor sign-in this opens a server-side session; with it, it
 * answers a short-lived challenge for the second step instead. Unknown email, wrong password and disabled
 * account all answer "invalid" after the same amount of work, so the answer reveals no account; the wait
 * after repeated failures is counted per email whether or not the account exists, for the same reason.
 */
export async function authenticate(
  db: Database,
  credentials: { email: string; password: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = credentials.email.trim().toLowerCase();
  if (await mustWait(db, email, meta, now)) return { status: "rate_limited" };

  const user = await findUserForSignIn(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(
      db,
      { email, factor: "password", userId: user?.id ?? null, clinicId: user?.clinicId ?? null },
      meta,
      now,
    );
    return { status: "invalid" };
  }

  const totp = await findTotp(db, user.id);
  if (totp?.confirmedAt) {
    // Nothing is signed in yet: a correct password alone must not count as a success that clears failures.
    const challenge = randomBytes(32).toString("base64url");
    await createSignInChallenge(db, {
      userId: user.id,
      tokenHash: hashChallenge(challenge),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    });
    return { status: "second_factor", challenge };
  }
  const sessionId = await db.transaction((tx) => openSession(tx, { ...user, email }, "password", meta, now));
  return { status: "signed_in", userId: user.id, sessionId };
}

/** Records a completed sign-in (which clears the failure streak) and opens the session. */
export async function openSession(
  tx: Queryable,
  user: { id: string; email: string; clinicId: string; role: Role },
  factor: LoginFactor,
  meta: RequestMeta,
  now: Date,
): Promise<string> {
  await recordLoginAttempt(tx, { email: user.email, ip: meta.ip, success: true, factor, at: now });
  await recordAudit(tx, {
    action: "auth.sign_in.success",
    actorUserId: user.id,
    clinicId: user.clinicId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    details: { factor },
  });
  return createSession(tx, {
    userId: user.id,
    expiresAt: sessionExpiry(user.role, now),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
}
