import "server-only";
import { randomBytes } from "node:crypto";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { hashInviteToken, INVITE_LIFETIME_MS } from "@/db/queries/invites";
import { insertStaffInvite, lockClinicStaff, staffEmailTaken } from "@/db/queries/staff";
import type { StaffContext } from "@/lib/actions/context";
import { staffInviteUrl } from "@/lib/auth/invite-url";
import { enqueueInviteEmail } from "@/lib/outbox/invite-email";
import { fail, invalid, ok, type Result } from "@/lib/result/result";
import type { InviteStaffInput } from "@/lib/validation/staff";

/**
 * An admin invites a clinician or admin to the clinic: a single-use link valid for 7 days (only its hash is
 * stored), audited, and emailed through the outbox in the same transaction (the email says only that an
 * invitation is waiting; the admin can still copy the link). The one place a staff invite is created.
 */
export async function inviteStaff(
  { db, actor, meta }: StaffContext,
  input: InviteStaffInput,
): Promise<Result<{ token: string; expiresAt: Date }>> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  return db.transaction(async (tx) => {
    await lockClinicStaff(tx, actor);
    if (await staffEmailTaken(tx, actor, input.email))
      return invalid({ email: "Someone in this clinic already uses this email, or has an open invitation." });
    const inviteId = await insertStaffInvite(tx, actor, {
      ...input,
      tokenHash: hashInviteToken(token),
      expiresAt,
    });
    await enqueueInviteEmail(tx, {
      clinicId: actor.clinicId,
      to: input.email,
      token,
      expiresAt,
      url: staffInviteUrl(token),
    });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "staff.invite",
      details: { inviteId, email: input.email, role: input.role },
    });
    return ok({ token, expiresAt });
  });
}
