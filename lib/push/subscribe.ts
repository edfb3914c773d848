import "server-only";
import { recordAudit, auditSource } from "@/db/queries/audit";
import { deleteOwnPushSubscription, saveOwnPushSubscription } from "@/db/queries/push-subscriptions";
import type { ChangeContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { z } from "zod";
import type { pushSubscriptionInput, pushUnsubscribeInput } from "@/lib/validation/push";

/** Keeps this browser's push subscription for the signed-in account (patient or staff). */
export async function subscribePush(
  { db, actor, meta }: ChangeContext,
  input: z.output<typeof pushSubscriptionInput>,
): Promise<Result> {
  return db.transaction(async (tx) => {
    // An endpoint another clinic's account holds is not taken over: answered like any missing record.
    if (!(await saveOwnPushSubscription(tx, actor, input))) return notFound();
    await recordAudit(tx, { action: "push.subscribe", ...auditSource(actor, meta) });
    return ok();
  });
}

/** Forgets this browser's subscription for the signed-in account. Idempotent: nothing to forget is fine. */
export async function unsubscribePush(
  { db, actor, meta }: ChangeContext,
  input: z.output<typeof pushUnsubscribeInput>,
): Promise<Result> {
  return db.transaction(async (tx) => {
    if (await deleteOwnPushSubscription(tx, actor, input.endpoint))
      await recordAudit(tx, { action: "push.unsubscribe", ...auditSource(actor, meta) });
    return ok();
  });
}
