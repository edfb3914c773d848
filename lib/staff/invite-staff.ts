import "server-only";
import { randomBytes } from "node:crypto";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { hashInviteToken, INVITE_LIFETIME_MS } from "@/db/queries/invites";
import { insertStaffInvite, lockClinicStaff, staffEmailTaken } from "@/db/queries/staff";
import type { StaffContext } from "@/lib/actions/context";
import { fail, invalid, ok, type Result } from "@/lib/result/result";
import type { InviteStaffInput } from "@/lib/validation/staff";

/**
 * An admin invites a clinician or admin to the clinic: a single-use link valid for 7 days (only its hash is
 * stored), audited. This is the one place a staff invite is created: when outgoing email exists, send the
 * link from here (saying only that an invitation is waiting), after the transaction commits.
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
    // Sign-in emails are unique across clinics, so the answer is the same whoever holds it.
    if (await staffEmailTaken(tx, actor, input.email))
      return invalid({ email: "This email already has an account or an open invitation." });
    const inviteId = await insertStaffInvite(tx, actor, {
      ...input,
      tokenHash: hashInviteToken(token),
      expiresAt,
    });
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "staff.invite",
      details: { inviteId, email: input.email, role: input.role },
    });
    return ok({ token, expiresAt });
  });
}
