import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findAccountForReset, issuePasswordReset } from "@/db/queries/password-resets";
import { bumpCounter } from "@/db/queries/write-counters";
import { shouldAuditRefusal } from "@/lib/limits/write-limit";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { passwordResetEmail } from "@/lib/outbox/messages";
import { appOrigin } from "./invite-url";

/** Links asked for per 15 minutes: per address typed in, and per network address asking. */
export const RESET_LIMITS = { perEmail: 3, perIp: 10, windowMs: 15 * 60_000 } as const;

export function passwordResetUrl(token: string): string {
  return `${appOrigin()}/reset-password/${token}`;
}

/**
 * "Forgot password": when the address belongs to an account (not disabled), stores a one-hour single-use link
 * and puts its email in the outbox, with the audit event, in one transaction. The answer is the same whether
 * or not the account exists or the limit was reached, so the form tells nobody who uses Gradus. Each request
 * is audited; past the limits (per address typed, per network address) nothing is sent.
 */
export async function requestPasswordReset(
  db: Database,
  input: { email: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<{ status: "accepted" }> {
  const windowStart = new Date(Math.floor(now.getTime() / RESET_LIMITS.windowMs) * RESET_LIMITS.windowMs);
  await db.transaction(async (tx) => {
    const byEmail = await bumpCounter(tx, `password-reset:email:${input.email}`, windowStart);
    const byIp = meta.ip ? await bumpCounter(tx, `password-reset:address:${meta.ip}`, windowStart) : 0;
    const account = await findAccountForReset(tx, input.email);
    if (byEmail > RESET_LIMITS.perEmail || byIp > RESET_LIMITS.perIp) {
      if (await shouldAuditRefusal(tx, meta.ip ?? `email:${input.email}`, now))
        await recordAudit(tx, {
          action: "auth.password_reset.rate_limited",
          actorUserId: account?.userId ?? null,
          clinicId: account?.clinicId ?? null,
          ip: meta.ip,
          userAgent: meta.userAgent,
          details: { email: input.email },
        });
      return;
    }
    if (!account) {
      await recordAudit(tx, {
        action: "auth.password_reset.request_unknown",
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { email: input.email },
      });
      return;
    }
    const { token } = await issuePasswordReset(tx, account, now);
    await enqueueEmail(tx, {
      clinicId: account.clinicId,
      to: account.email,
      kind: "password_reset",
      ...passwordResetEmail({ url: passwordResetUrl(token) }),
    });
    await recordAudit(tx, {
      action: "auth.password_reset.request",
      actorUserId: account.userId,
      clinicId: account.clinicId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });
  return { status: "accepted" };
}
