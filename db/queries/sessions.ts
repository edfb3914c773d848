import { and, eq, isNull, lt, ne, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { clinics, patients, sessions, users, userTotp } from "../schema";

/** The user an email belongs to, for checking a password. Sign-in is the one lookup made before an actor exists. */
export async function findUserForSignIn(q: Queryable, email: string) {
  const [row] = await q
    .select({
      id: users.id,
      clinicId: users.clinicId,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row ?? null;
}

export async function createSession(
  q: Queryable,
  session: { userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<string> {
  const [row] = await q.insert(sessions).values(session).returning({ id: sessions.id });
  if (!row) throw new Error("session insert returned no row");
  return row.id;
}

/** A session with everything needed to decide whether it still grants access and to build the actor. */
export async function findSession(q: Queryable, sessionId: string) {
  const [row] = await q
    .select({
      sessionId: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userId: users.id,
      role: users.role,
      name: users.name,
      clinicId: users.clinicId,
      disabledAt: users.disabledAt,
      patientId: patients.id,
      totpOn: sql<boolean>`${userTotp.confirmedAt} IS NOT NULL`,
      clinicRequiresTotp: clinics.requireTotp,
      // The clinic columns the clinic and portal layouts show on every page, read here instead of once more.
      clinicMonitoringRecord: clinics.monitoringRecord,
      clinicName: clinics.name,
      clinicAddress: clinics.address,
      clinicPhone: clinics.phone,
      clinicOutOfHoursPhone: clinics.outOfHoursPhone,
      clinicCountry: clinics.country,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .leftJoin(patients, and(eq(patients.clinicId, users.clinicId), eq(patients.userId, users.id)))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return row ?? null;
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/**
 * Moves last-seen forward to `at`, unless another request already moved it past `notBefore` (concurrent
 * requests of one session then write once).
 */
export async function touchSession(
  q: Queryable,
  sessionId: string,
  at: Date,
  notBefore: Date = at,
): Promise<void> {
  await q
    .update(sessions)
    .set({ lastSeenAt: at })
    .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, notBefore)));
}

/** Ends one session; answers the user it belonged to, or null when it was unknown or already ended. */
export async function revokeSession(q: Queryable, sessionId: string): Promise<string | null> {
  const [row] = await q
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId });
  return row?.userId ?? null;
}

/** Ends every session of a user: used when an account is disabled or its password changes. */
export async function revokeUserSessions(q: Queryable, userId: string): Promise<void> {
  await q
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** A user's password hash, for re-checking the password before a sensitive change. */
export async function findUserPasswordHash(q: Queryable, userId: string): Promise<string | null> {
  const [row] = await q.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

export async function findUserEmail(q: Queryable, userId: string): Promise<string | null> {
  const [row] = await q.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

/** Ends every session of a user except one (the one changing the password keeps working). */
export async function revokeOtherSessions(
  q: Queryable,
  userId: string,
  keepSessionId: string,
): Promise<number> {
  const rows = await q
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId)))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function setPasswordHash(q: Queryable, userId: string, passwordHash: string): Promise<void> {
  await q.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
}
