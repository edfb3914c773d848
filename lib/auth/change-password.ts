import type { Actor, RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
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

export type ChangePasswordResult =
  | { status: "changed"; endedSessions: number }
  | { status: "wrong_password" }
  | { status: "rate_limited" }
  | { status: "weak"; message: string };

/**
 * Changes the signed-in user's password after checking the current one, and ends every other session of
 * theirs on the server (a stolen session elsewhere stops working at its next request). Wrong current
 * passwords count toward the sign-in back-off, so a borrowed session cannot be used to guess it.
 */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { current: string; password: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<ChangePasswordResult> {
  const email = (await findUserEmail(db, actor.userId)) ?? "";
  if (await mustWait(db, email, meta, now)) return { status: "rate_limited" };
  if (!(await verifyPassword(await findUserPasswordHash(db, actor.userId), input.current))) {
    await recordFailure(
      db,
      { email, factor: "password", userId: actor.userId, clinicId: actor.clinicId },
      meta,
      now,
    );
    return { status: "wrong_password" };
  }
  const weakness = passwordWeakness(input.password, [email, ...actor.name.split(/\s+/)]);
  if (weakness) return { status: "weak", message: weakness };
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
  return { status: "changed", endedSessions };
}
