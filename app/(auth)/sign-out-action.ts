"use server";

import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { revokeSession } from "@/db/queries/sessions";
import { signOut } from "@/lib/auth/config";
import { requestMeta } from "@/lib/auth/request-meta";
import { getActor } from "@/lib/auth/session";

/** Ends the session on the server first, so the cookie is worthless even if a copy of it survives. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) {
    const db = await getDb();
    const meta = await requestMeta();
    await db.transaction(async (tx) => {
      await revokeSession(tx, actor.sessionId);
      await recordAudit(tx, {
        action: "auth.sign_out",
        actorUserId: actor.userId,
        clinicId: actor.clinicId,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
    });
  }
  await signOut({ redirectTo: "/sign-in" });
}
