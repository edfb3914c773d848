import { and, eq, isNull } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { clinics, digestSubscriptions, users } from "../schema";

/** Whether this staff member asked for the morning digest. */
export async function ownDigestOn(q: Queryable, actor: StaffActor): Promise<boolean> {
  const [row] = await q
    .select({ id: digestSubscriptions.id })
    .from(digestSubscriptions)
    .where(
      and(eq(digestSubscriptions.clinicId, actor.clinicId), eq(digestSubscriptions.userId, actor.userId)),
    );
  return row !== undefined;
}

/** Turns the actor's own morning digest on or off; answers whether anything changed. */
export async function setOwnDigest(q: Queryable, actor: StaffActor, on: boolean): Promise<boolean> {
  if (on) {
    const rows = await q
      .insert(digestSubscriptions)
      .values({ clinicId: actor.clinicId, userId: actor.userId })
      .onConflictDoNothing()
      .returning({ id: digestSubscriptions.id });
    return rows.length > 0;
  }
  const rows = await q
    .delete(digestSubscriptions)
    .where(
      and(eq(digestSubscriptions.clinicId, actor.clinicId), eq(digestSubscriptions.userId, actor.userId)),
    )
    .returning({ id: digestSubscriptions.id });
  return rows.length > 0;
}

/**
 * Every subscriber whose account is open, with their clinic's time zone (the digest job's one cross-clinic
 * read; each digest is then worked out with the subscriber as the actor, scoped to their clinic).
 */
export async function digestSubscribers(q: Queryable) {
  return q
    .select({
      userId: users.id,
      clinicId: users.clinicId,
      email: users.email,
      name: users.name,
      role: users.role,
      timeZone: clinics.timeZone,
    })
    .from(digestSubscriptions)
    .innerJoin(
      users,
      and(eq(users.id, digestSubscriptions.userId), eq(users.clinicId, digestSubscriptions.clinicId)),
    )
    .innerJoin(clinics, eq(clinics.id, digestSubscriptions.clinicId))
    .where(isNull(users.disabledAt));
}
