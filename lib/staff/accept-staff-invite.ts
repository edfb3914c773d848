import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { claimStaffInvite, insertStaffUser } from "@/db/queries/staff";

export type StaffInviteProblem = "not_found" | "expired" | "used" | "replaced";

class EmailTaken extends Error {}

/**
 * Turns a valid staff invite into an account of its clinic with the invited role. The claim is one
 * conditional update, so a link sent twice at once makes one account; if the email was taken meanwhile,
 * nothing changes and the link answers "used".
 */
export async function acceptStaffInvite(
  db: Database,
  token: string,
  passwordHash: string,
  meta: RequestMeta,
): Promise<{ ok: true; email: string } | { ok: false; problem: "used" }> {
  return db
    .transaction(async (tx) => {
      const invite = await claimStaffInvite(tx, token);
      if (!invite || invite.role === "patient") return { ok: false as const, problem: "used" as const };
      const userId = await insertStaffUser(tx, { ...invite, passwordHash });
      if (!userId) throw new EmailTaken();
      await recordAudit(tx, {
        action: "staff.invite.accept",
        actorUserId: userId,
        clinicId: invite.clinicId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { role: invite.role },
      });
      return { ok: true as const, email: invite.email };
    })
    .catch((error: unknown) => {
      if (error instanceof EmailTaken) return { ok: false as const, problem: "used" as const };
      throw error;
    });
}
