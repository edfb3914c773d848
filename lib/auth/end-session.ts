import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findSession, revokeSession } from "@/db/queries/sessions";

/**
 * Signing out: the session row is revoked on the server, so a copy of the cookie is worthless afterwards.
 * Every way out comes here (our sign-out action and next-auth's own /api/auth/signout); a session that is
 * already ended changes nothing and is not audited twice.
 */
export async function endSession(db: Database, sessionId: string, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const session = await findSession(tx, sessionId);
    if (!session) return;
    if (!(await revokeSession(tx, sessionId))) return;
    await recordAudit(tx, {
      action: "auth.sign_out",
      actorUserId: session.userId,
      clinicId: session.clinicId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });
}
