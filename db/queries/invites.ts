import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { RequestMeta, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { clinics, invites, patients, users } from "../schema";
import { recordAudit } from "./audit";
import { createHash, randomBytes } from "node:crypto";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a fresh single-use invite for a patient of the actor's clinic and revokes any earlier unused one,
 * so only the newest link works. Returns the token: it is shown once and only its hash is stored.
 */
export async function issueInvite(q: Queryable, actor: StaffActor, patientId: string, meta: RequestMeta) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_LIFETIME_MS);
  await q
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.patientId, patientId), isNull(invites.usedAt), isNull(invites.revokedAt)));
  await q
    .insert(invites)
    .values({ patientId, tokenHash: hashInviteToken(token), createdById: actor.userId, expiresAt });
  await recordAudit(q, {
    action: "invite.create",
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    patientId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, expiresAt };
}

export type ReissueInviteResult =
  { ok: true; token: string; expiresAt: Date } | { ok: false; reason: "not_found" | "has_account" };

/** A new invite link for a patient of the actor's clinic who has not set up their account yet. */
export async function reissueInvite(
  db: Database,
  actor: StaffActor,
  patientId: string,
  meta: RequestMeta,
  afterInvite?: (
    tx: Queryable,
    invite: { token: string; expiresAt: Date; email: string },
  ) => Promise<unknown>,
): Promise<ReissueInviteResult> {
  return db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: patients.id, userId: patients.userId, email: patients.email })
      .from(patients)
      .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)))
      .for("update");
    if (!patient) return { ok: false, reason: "not_found" };
    if (patient.userId) return { ok: false, reason: "has_account" };
    const invite = await issueInvite(tx, actor, patient.id, meta);
    await afterInvite?.(tx, { ...invite, email: patient.email });
    return { ok: true, ...invite };
  });
}

export type RevokeInviteResult =
  { ok: true; revoked: number } | { ok: false; reason: "not_found" | "has_account" };

/** Stops every unused invite link of a patient of the actor's clinic (audited); nothing is sent. */
export async function revokeInvites(
  db: Database,
  actor: StaffActor,
  patientId: string,
  meta: RequestMeta,
): Promise<RevokeInviteResult> {
  return db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: patients.id, userId: patients.userId })
      .from(patients)
      .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)))
      .for("update");
    if (!patient) return { ok: false, reason: "not_found" };
    if (patient.userId) return { ok: false, reason: "has_account" };
    const revoked = await tx
      .update(invites)
      .set({ revokedAt: new Date() })
      .where(and(eq(invites.patientId, patient.id), isNull(invites.usedAt), isNull(invites.revokedAt)))
      .returning({ id: invites.id });
    await recordAudit(tx, {
      action: "invite.revoke",
      actorUserId: actor.userId,
      clinicId: actor.clinicId,
      patientId: patient.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      details: { revoked: revoked.length },
    });
    return { ok: true, revoked: revoked.length };
  });
}

export type InviteProblem = "not_found" | "expired" | "used" | "replaced";

/** What an invite link leads to. The token is the credential here: there is no signed-in actor yet. */
export async function lookUpInvite(
  q: Queryable,
  token: string,
  now = new Date(),
): Promise<
  { ok: true; patientName: string; email: string; clinicName: string } | { ok: false; problem: InviteProblem }
> {
  const [row] = await q
    .select({
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      revokedAt: invites.revokedAt,
      patientName: patients.fullName,
      email: patients.email,
      clinicName: clinics.name,
    })
    .from(invites)
    .innerJoin(patients, eq(patients.id, invites.patientId))
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .where(eq(invites.tokenHash, hashInviteToken(token)))
    .limit(1);
  if (!row) return { ok: false, problem: "not_found" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.revokedAt) return { ok: false, problem: "replaced" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, patientName: row.patientName, email: row.email, clinicName: row.clinicName };
}

export type AcceptInviteResult =
  { ok: true; userId: string; email: string } | { ok: false; problem: InviteProblem };

/**
 * Turns a valid invite into a patient account. The invite is claimed by a conditional UPDATE, so two
 * simultaneous submissions of one link create one account and the other gets "used".
 */
export async function acceptInvite(
  db: Database,
  token: string,
  passwordHash: string,
  meta: RequestMeta,
): Promise<AcceptInviteResult> {
  return db
    .transaction(async (tx): Promise<AcceptInviteResult> => {
      // Lock the patient before the invite, the same order as reissueInvite, so the two cannot deadlock.
      const [target] = await tx
        .select({ patientId: invites.patientId })
        .from(invites)
        .where(eq(invites.tokenHash, hashInviteToken(token)));
      if (!target) return { ok: false, problem: "not_found" };
      await tx
        .select({ id: patients.id })
        .from(patients)
        .where(eq(patients.id, target.patientId))
        .for("update");
      const [claimed] = await tx
        .update(invites)
        .set({ usedAt: sql`now()` })
        .where(
          and(
            eq(invites.tokenHash, hashInviteToken(token)),
            isNull(invites.usedAt),
            isNull(invites.revokedAt),
            gt(invites.expiresAt, sql`now()`),
          ),
        )
        .returning({ patientId: invites.patientId });
      if (!claimed) {
        const state = await lookUpInvite(tx, token);
        return { ok: false, problem: state.ok ? "used" : state.problem };
      }
      const [patient] = await tx
        .select({
          id: patients.id,
          clinicId: patients.clinicId,
          fullName: patients.fullName,
          email: patients.email,
          userId: patients.userId,
        })
        .from(patients)
        .where(eq(patients.id, claimed.patientId))
        .for("update");
      if (!patient || patient.userId) return { ok: false, problem: "used" };

      const [user] = await tx
        .insert(users)
        .values({
          clinicId: patient.clinicId,
          email: patient.email,
          name: patient.fullName,
          role: "patient",
          passwordHash,
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      // Another account took this email after the invite was sent: undo the claim so nothing changes.
      if (!user) throw new EmailTaken();
      await tx
        .update(patients)
        .set({ userId: user.id, status: "active", updatedAt: new Date() })
        .where(eq(patients.id, patient.id));
      await recordAudit(tx, {
        action: "invite.accept",
        actorUserId: user.id,
        clinicId: patient.clinicId,
        patientId: patient.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
      return { ok: true, userId: user.id, email: patient.email };
    })
    .catch((error: unknown) => {
      if (error instanceof EmailTaken) return { ok: false, problem: "used" } as const;
      throw error;
    });
}

class EmailTaken extends Error {}
