import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { recentFailures, recordLoginAttempt } from "@/db/queries/login-attempts";
import { createSession, findUserForSignIn } from "@/db/queries/sessions";
import { verifyPassword } from "./password";
import { sessionExpiry } from "./session-policy";

/** Failed attempts allowed in the window before sign-in is refused for that email or that address. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perEmail: 10, perIp: 50 } as const;

export type AuthenticateResult =
  { ok: true; userId: string; sessionId: string } | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password and opens a server-side session. Unknown email, wrong password and disabled
 * account all answer "invalid" after the same amount of work, so the answer reveals no account.
 */
export async function authenticate(
  db: Database,
  credentials: { email: string; password: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = credentials.email.trim().toLowerCase();
  const failures = await recentFailures(db, {
    email,
    ip: meta.ip,
    since: new Date(now.getTime() - LOGIN_LIMITS.windowMs),
  });
  if (failures.forEmail >= LOGIN_LIMITS.perEmail || failures.forIp >= LOGIN_LIMITS.perIp) {
    await recordAudit(db, { action: "auth.sign_in.rate_limited", ip: meta.ip, details: { email } });
    return { ok: false, reason: "rate_limited" };
  }

  const user = await findUserForSignIn(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !passwordOk || user.disabledAt) {
    await db.transaction(async (tx) => {
      await recordLoginAttempt(tx, { email, ip: meta.ip, success: false });
      await recordAudit(tx, {
        action: "auth.sign_in.failure",
        actorUserId: user?.id ?? null,
        clinicId: user?.clinicId ?? null,
        ip: meta.ip,
        details: { email },
      });
    });
    return { ok: false, reason: "invalid" };
  }

  const sessionId = await db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { email, ip: meta.ip, success: true });
    await recordAudit(tx, {
      action: "auth.sign_in.success",
      actorUserId: user.id,
      clinicId: user.clinicId,
      ip: meta.ip,
    });
    return createSession(tx, {
      userId: user.id,
      expiresAt: sessionExpiry(user.role, now),
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });
  return { ok: true, userId: user.id, sessionId };
}
