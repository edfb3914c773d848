import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor";
import type { Queryable } from "../client";
import { pushSubscriptions } from "../schema";

export type PushSubscriptionInput = { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * Keeps a browser's subscription for the signed-in account. The same endpoint subscribing again (new keys, or
 * another account signing in on that browser) replaces the row, within the actor's clinic only.
 */
export async function saveOwnPushSubscription(q: Queryable, actor: Actor, input: PushSubscriptionInput) {
  const values = {
    clinicId: actor.clinicId,
    userId: actor.userId,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    goneAt: null,
  };
  const rows = await q
    .insert(pushSubscriptions)
    .values({ endpoint: input.endpoint, ...values })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: values,
      setWhere: eq(pushSubscriptions.clinicId, actor.clinicId),
    })
    .returning({ id: pushSubscriptions.id });
  return rows.length === 1;
}

/** Forgets one of the signed-in account's own subscriptions; true when there was one. */
export async function deleteOwnPushSubscription(q: Queryable, actor: Actor, endpoint: string) {
  const rows = await q
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.clinicId, actor.clinicId),
        eq(pushSubscriptions.userId, actor.userId),
        eq(pushSubscriptions.endpoint, endpoint),
      ),
    )
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

/** How many live subscriptions the signed-in account has (the settings page says whether push is on). */
export async function countOwnPushSubscriptions(q: Queryable, actor: Actor) {
  const rows = await q
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.clinicId, actor.clinicId), eq(pushSubscriptions.userId, actor.userId)));
  return rows.length;
}
