import "server-only";
import type { RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { claimStaffInvite, insertStaffUser } from "@/db/queries/staff";

export type StaffInviteProblem = "not_found" | "expired" | "used" | "replaced";

class EmailTaken extends Error {}

/**
 * Turns a valid staff invite into an account of its clinic with the invited role. The claim is one
 * conditional update, so a link sent twice at once makes one account. Sign-in emails are unique across
 * clinics and the inviting admin is not told about other clinics' accounts, so an address that already has
 * an account is found here: nothing changes, the link stays unused, and only the person holding the link
 * (the owner of that address) is told ("taken").
 */
export async function acceptStaffInvite(
  db: Database,
  token: string,
  passwordHash: string,
  meta: RequestMeta,
): Promise<{ ok: true; email: string } | { ok: false; problem: "used" | "taken" }> {
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
      if (error instanceof EmailTaken) return { ok: false as const, problem: "taken" as const };
      throw error;
    });
}
