import { and, asc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { clinics, staffInvites, userTotp, users, recoveryCodes } from "../schema";
import { hashInviteToken } from "./invites";

export type StaffRole = "clinician" | "admin";

/** The clinic's staff accounts (never patients), with whether two-step sign-in is on; admins first. */
export async function listStaff(q: Queryable, actor: StaffActor) {
  return q
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      twoStep: sql<boolean>`${userTotp.confirmedAt} IS NOT NULL`,
    })
    .from(users)
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(and(eq(users.clinicId, actor.clinicId), ne(users.role, "patient")))
    .orderBy(asc(users.role), asc(users.name));
}

/** Invites not yet used, replaced or expired, newest first. */
export async function listOpenStaffInvites(q: Queryable, actor: StaffActor, now = new Date()) {
  return q
    .select({
      id: staffInvites.id,
      name: staffInvites.name,
      email: staffInvites.email,
      role: staffInvites.role,
      expiresAt: staffInvites.expiresAt,
    })
    .from(staffInvites)
    .where(
      and(
        eq(staffInvites.clinicId, actor.clinicId),
        isNull(staffInvites.usedAt),
        isNull(staffInvites.revokedAt),
        gt(staffInvites.expiresAt, now),
      ),
    )
    .orderBy(asc(staffInvites.createdAt));
}

/**
 * Locks the actor's clinic row: every change to who is staff (and who is admin) takes this lock first, so
 * two changes to the same clinic's admins run one after the other and the last admin cannot be removed by
 * two requests at once.
 */
export async function lockClinicStaff(tx: Queryable, actor: StaffActor) {
  await tx.select({ id: clinics.id }).from(clinics).where(eq(clinics.id, actor.clinicId)).for("update");
}

/** One staff member of the actor's clinic (not a patient), or null. */
export async function findClinicStaff(q: Queryable, actor: StaffActor, userId: string) {
  const [row] = await q
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, actor.clinicId), ne(users.role, "patient")));
  return row ? { ...row, role: row.role as StaffRole } : null;
}

/** How many admins of the actor's clinic can still sign in. */
export async function countActiveAdmins(q: Queryable, actor: StaffActor): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.clinicId, actor.clinicId), eq(users.role, "admin"), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

export async function setStaffRole(tx: Queryable, actor: StaffActor, userId: string, role: StaffRole) {
  await tx
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.clinicId, actor.clinicId)));
}

export async function setStaffDisabled(tx: Queryable, actor: StaffActor, userId: string, disabled: boolean) {
  await tx
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.clinicId, actor.clinicId)));
}

/** Removes a staff member's authenticator and recovery codes; they set two-step sign-in up again. */
export async function clearTwoFactor(tx: Queryable, userId: string) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(userTotp).where(eq(userTotp.userId, userId));
}

/** Whether an account (anywhere: sign-in emails are unique) or an open invite of this clinic has the email. */
export async function staffEmailTaken(q: Queryable, actor: StaffActor, email: string, now = new Date()) {
  // Only this clinic's accounts: saying that an address has an account in another clinic would tell one
  // clinic's admin who uses Gradus elsewhere. Such an invite is made; accepting it answers "taken".
  const [user] = await q
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.clinicId, actor.clinicId)));
  if (user) return true;
  const [invite] = await q
    .select({ id: staffInvites.id })
    .from(staffInvites)
    .where(
      and(
        eq(staffInvites.clinicId, actor.clinicId),
        eq(staffInvites.email, email),
        isNull(staffInvites.usedAt),
        isNull(staffInvites.revokedAt),
        gt(staffInvites.expiresAt, now),
      ),
    );
  return Boolean(invite);
}

export async function insertStaffInvite(
  tx: Queryable,
  actor: StaffActor,
  values: { email: string; name: string; role: StaffRole; tokenHash: string; expiresAt: Date },
) {
  const [row] = await tx
    .insert(staffInvites)
    .values({ ...values, clinicId: actor.clinicId, createdById: actor.userId })
    .returning({ id: staffInvites.id });
  return row!.id;
}

export async function revokeStaffInvite(tx: Queryable, actor: StaffActor, inviteId: string) {
  const [row] = await tx
    .update(staffInvites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(staffInvites.id, inviteId),
        eq(staffInvites.clinicId, actor.clinicId),
        isNull(staffInvites.usedAt),
        isNull(staffInvites.revokedAt),
      ),
    )
    .returning({ email: staffInvites.email });
  return row ?? null;
}

/** What a staff invite link leads to; the token is the credential (no one is signed in yet). */
export async function lookUpStaffInvite(q: Queryable, token: string, now = new Date()) {
  const [row] = await q
    .select({
      id: staffInvites.id,
      clinicId: staffInvites.clinicId,
      email: staffInvites.email,
      name: staffInvites.name,
      role: staffInvites.role,
      expiresAt: staffInvites.expiresAt,
      usedAt: staffInvites.usedAt,
      revokedAt: staffInvites.revokedAt,
      clinicName: clinics.name,
    })
    .from(staffInvites)
    .innerJoin(clinics, eq(clinics.id, staffInvites.clinicId))
    .where(eq(staffInvites.tokenHash, hashInviteToken(token)))
    .limit(1);
  if (!row) return { ok: false as const, problem: "not_found" as const };
  if (row.usedAt) return { ok: false as const, problem: "used" as const };
  if (row.revokedAt) return { ok: false as const, problem: "replaced" as const };
  if (row.expiresAt <= now) return { ok: false as const, problem: "expired" as const };
  return { ok: true as const, ...row, role: row.role as StaffRole };
}

/** Claims an invite (one conditional update, so a link makes one account however often it is sent). */
export async function claimStaffInvite(tx: Queryable, token: string) {
  const [row] = await tx
    .update(staffInvites)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(staffInvites.tokenHash, hashInviteToken(token)),
        isNull(staffInvites.usedAt),
        isNull(staffInvites.revokedAt),
        gt(staffInvites.expiresAt, sql`now()`),
      ),
    )
    .returning({
      clinicId: staffInvites.clinicId,
      email: staffInvites.email,
      name: staffInvites.name,
      role: staffInvites.role,
    });
  return row ?? null;
}

/** The new staff account; null when the email was taken since the invite was made. */
export async function insertStaffUser(
  tx: Queryable,
  values: {
    clinicId: string;
    email: string;
    name: string;
    role: "clinician" | "admin" | "patient";
    passwordHash: string;
  },
) {
  const [row] = await tx
    .insert(users)
    .values(values)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row?.id ?? null;
}
