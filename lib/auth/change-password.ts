import "server-only";
import type { ChangeContext } from "@/lib/actions/context";
import { fail, invalid, ok, type Result } from "@/lib/result/result";
import { auditSource, recordAudit } from "@/db/queries/audit";
import {
  findUserEmail,
  findUserPasswordHash,
  revokeOtherSessions,
  setPasswordHash,
} from "@/db/queries/sessions";
import { hashPassword, verifyPassword } from "./password";
import { passwordWeakness } from "./password-strength";
import { mustWait, recordFailure } from "./sign-in-throttle";

/**
 * Changes the signed-in user's password after checking the current one, and ends every other session of
 * theirs on the server (a stolen session elsewhere stops working at its next request). Wrong current
 * passwords count toward the sign-in back-off, so a borrowed session cannot be used to guess it.
 */
export async function changePassword(
  { db, actor, meta }: ChangeContext,
  input: { current: string; password: string },
  now = new Date(),
): Promise<Result<{ endedSessions: number }>> {
  const email = (await findUserEmail(db, actor.userId)) ?? "";
  if (await mustWait(db, email, meta, now))
    return fail({ code: "rate_limited", message: "Too many attempts. Wait a few minutes and try again." });
  if (!(await verifyPassword(await findUserPasswordHash(db, actor.userId), input.current))) {
    await recordFailure(
      db,
      { email, factor: "password", userId: actor.userId, clinicId: actor.clinicId },
      meta,
      now,
    );
    return invalid({ current: "That is not your current password." });
  }
  const weakness = passwordWeakness(input.password, [email, ...actor.name.split(/\s+/)]);
  if (weakness) return invalid({ password: weakness }, "Please choose another password.");
  const passwordHash = await hashPassword(input.password);
  const endedSessions = await db.transaction(async (tx) => {
    await setPasswordHash(tx, actor.userId, passwordHash);
    const ended = await revokeOtherSessions(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "account.password.changed",
      details: { endedSessions: ended },
    });
    return ended;
  });
  return ok({ endedSessions });
}
