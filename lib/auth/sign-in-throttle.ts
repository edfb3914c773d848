import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  failuresFromAddress,
  failureStreak,
  recordLoginAttempt,
  type LoginFactor,
} from "@/db/queries/login-attempts";
import { shouldAuditRefusal } from "@/lib/limits/write-limit";
import { LOGIN_LIMITS, nextAttemptAt } from "./login-backoff";

/**
 * Whether an attempt for this email from this address must wait (see login-backoff.ts). A refused attempt is
 * not counted as a failure, so hammering during the wait does not lengthen it; only the first few refusals
 * per address in 15 minutes are audited, so a flood of them cannot grow the append-only trail without bound.
 */
export async function mustWait(q: Database, email: string, meta: RequestMeta, now: Date): Promise<boolean> {
  const [streak, fromAddress] = await Promise.all([
    failureStreak(q, { email, since: new Date(now.getTime() - LOGIN_LIMITS.lookbackMs) }),
    failuresFromAddress(q, { ip: meta.ip, since: new Date(now.getTime() - LOGIN_LIMITS.ipWindowMs) }),
  ]);
  if (!nextAttemptAt(streak, now) && fromAddress < LOGIN_LIMITS.perIp) return false;
  if (!(await shouldAuditRefusal(q, meta.ip ?? `email:${email}`, now))) return true;
  await recordAudit(q, {
    action: "auth.sign_in.rate_limited",
    ip: meta.ip,
    userAgent: meta.userAgent,
    details: { email },
  });
  return true;
}

/** Counts a failed attempt (and audits it) in one transaction. */
export async function recordFailure(
  q: Database,
  failure: { email: string; factor: LoginFactor; userId: string | null; clinicId: string | null },
  meta: RequestMeta,
  now: Date,
): Promise<void> {
  await q.transaction(async (tx) => {
    await recordLoginAttempt(tx, {
      email: failure.email,
      ip: meta.ip,
      success: false,
      factor: failure.factor,
      at: now,
    });
    await recordAudit(tx, {
      action: failure.factor === "password" ? "auth.sign_in.failure" : "auth.second_factor.failure",
      actorUserId: failure.userId,
      clinicId: failure.clinicId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: { email: failure.email },
    });
  });
}
