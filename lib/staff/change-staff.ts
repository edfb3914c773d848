import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { revokeUserSessions } from "@/db/queries/sessions";
import { findTotp } from "@/db/queries/two-factor";
import {
  clearTwoFactor,
  countActiveAdmins,
  findClinicStaff,
  lockClinicStaff,
  revokeStaffInvite,
  setStaffDisabled,
  setStaffRole,
  type StaffRole,
} from "@/db/queries/staff";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, fail, notFound, ok, type Result } from "@/lib/result/result";

const LAST_ADMIN = "The clinic needs at least one admin who can sign in. Make someone else admin first.";

/**
 * The staff changes an admin makes. Each runs under the clinic's staff lock (lockClinicStaff), checks that
 * the clinic keeps an admin who can sign in, and records its audit event in the same transaction.
 */
async function staffChange<T>(
  { db, actor }: StaffContext,
  userId: string,
  change: (
    tx: Parameters<Parameters<StaffContext["db"]["transaction"]>[0]>[0],
    member: NonNullable<Awaited<ReturnType<typeof findClinicStaff>>>,
  ) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  return db.transaction(async (tx) => {
    await lockClinicStaff(tx, actor);
    const member = await findClinicStaff(tx, actor, userId);
    if (!member) return notFound("This staff member was not found in your clinic.");
    return change(tx, member);
  });
}

/** Makes a staff member a clinician or an admin; the last admin who can sign in cannot be made clinician. */
export function changeStaffRole(ctx: StaffContext, input: { userId: string; role: StaffRole }) {
  return staffChange(ctx, input.userId, async (tx, member) => {
    if (member.role === input.role) return ok({ changed: false });
    if (member.role === "admin" && !member.disabledAt && (await countActiveAdmins(tx, ctx.actor)) <= 1)
      return conflict(LAST_ADMIN);
    await setStaffRole(tx, ctx.actor, member.id, input.role);
    await recordAudit(tx, {
      ...auditSource(ctx.actor, ctx.meta),
      action: "staff.role",
      details: { userId: member.id, before: member.role, after: input.role },
    });
    return ok({ changed: true });
  });
}

/**
 * Disables an account (its sessions end at once: the next request on any of them is refused) or enables
 * it again. Nobody can disable the last admin who can sign in, themselves included.
 */
export function setStaffAccess(ctx: StaffContext, input: { userId: string; access: "disable" | "enable" }) {
  return staffChange(ctx, input.userId, async (tx, member) => {
    const disable = input.access === "disable";
    if (disable === Boolean(member.disabledAt)) return ok({ changed: false });
    if (disable && member.role === "admin" && (await countActiveAdmins(tx, ctx.actor)) <= 1)
      return conflict(LAST_ADMIN);
    await setStaffDisabled(tx, ctx.actor, member.id, disable);
    if (disable) await revokeUserSessions(tx, member.id);
    await recordAudit(tx, {
      ...auditSource(ctx.actor, ctx.meta),
      action: disable ? "staff.disable" : "staff.enable",
      details: { userId: member.id },
    });
    return ok({ changed: true });
  });
}

/**
 * Removes a staff member's authenticator and recovery codes (a lost phone): they sign in with their
 * password and set two-step sign-in up again, as the clinic requires. Their open sessions end.
 */
export function resetStaffTwoFactor(ctx: StaffContext, input: { userId: string }) {
  return staffChange(ctx, input.userId, async (tx, member) => {
    // Only a confirmed authenticator is two-step sign-in; a setup the member began and never finished is not.
    if (!(await findTotp(tx, member.id))?.confirmedAt)
      return conflict(`${member.name} has not set up two-step sign-in.`);
    await clearTwoFactor(tx, member.id);
    await revokeUserSessions(tx, member.id);
    await recordAudit(tx, {
      ...auditSource(ctx.actor, ctx.meta),
      action: "staff.two_factor.reset",
      details: { userId: member.id },
    });
    return ok({ changed: true });
  });
}

/** Withdraws an open invitation, so its link no longer works. */
export async function withdrawStaffInvite(
  { db, actor, meta }: StaffContext,
  input: { inviteId: string },
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  return db.transaction(async (tx) => {
    const revoked = await revokeStaffInvite(tx, actor, input.inviteId);
    if (!revoked) return conflict("This invitation is no longer open. Reload the page.");
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "staff.invite.withdraw",
      details: { inviteId: input.inviteId },
    });
    return ok();
  });
}
