import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import {
  claimPasswordReset,
  endAllSessions,
  lookUpPasswordReset,
  type ResetProblem,
} from "@/db/queries/password-resets";
import { setPasswordHash } from "@/db/queries/sessions";
import { shouldAuditRefusal } from "@/lib/limits/write-limit";
import { hashPassword } from "./password";
import { passwordWeakness } from "./password-strength";

export type ResetPasswordResult =
  | { status: "changed"; endedSessions: number }
  | { status: "link_problem"; problem: ResetProblem }
  | { status: "weak"; message: string };

/**
 * Sets a new password from a "forgot password" link: the same strength rules as changing it, the link used
 * once (two submissions: one wins), every session of the account ended, audited, all in one transaction.
 * It does not sign anyone in: the person signs in afresh, so staff with two-step sign-in still give their
 * second factor.
 */
export async function resetPassword(
  db: Database,
  input: { token: string; password: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<ResetPasswordResult> {
  const link = await lookUpPasswordReset(db, input.token, now);
  if (!link.ok) {
    if (await shouldAuditRefusal(db, meta.ip ?? "password-reset", now))
      await recordAudit(db, {
        action: "auth.password_reset.refused",
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { problem: link.problem },
      });
    return { status: "link_problem", problem: link.problem };
  }
  const weakness = passwordWeakness(input.password, [link.email, ...link.name.split(/\s+/)]);
  if (weakness) return { status: "weak", message: weakness };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx): Promise<ResetPasswordResult> => {
    const claimed = await claimPasswordReset(tx, input.token, now);
    if (!claimed) return { status: "link_problem", problem: "used" };
    await setPasswordHash(tx, claimed.userId, passwordHash);
    const endedSessions = await endAllSessions(tx, claimed.userId, now);
    await recordAudit(tx, {
      action: "auth.password_reset.complete",
      actorUserId: claimed.userId,
      clinicId: claimed.clinicId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: { endedSessions },
    });
    return { status: "changed", endedSessions };
  });
}
