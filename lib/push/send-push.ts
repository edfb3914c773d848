import "server-only";
import type { Agent } from "node:https";
import { and, eq, inArray, isNull } from "drizzle-orm";
import webpush from "web-push";
import type { Queryable } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { vapidKeys } from "./vapid";

/**
 * What a push says. Never health information: no names, answers or conditions, only that something needs
 * attention and where to look (behind sign-in).
 */
export type PushMessage = { title: string; body: string; url: string; tag?: string };

export type PushTarget = { clinicId: string; userId: string };

/**
 * Sends a message to every live subscription of the given accounts. A subscription the push service says is
 * gone (404/410) is marked and not used again; other failures are logged and do not stop the rest.
 * Answers how many deliveries the push services accepted.
 */
export async function sendPush(
  db: Queryable,
  targets: PushTarget[],
  message: PushMessage,
  options: {
    urgency?: "normal" | "high";
    ttlSeconds?: number;
    /** The https agent to reach push services with (a test's own push service trusts its own certificate). */
    agent?: Agent;
  } = {},
): Promise<number> {
  const keys = vapidKeys();
  if (!keys || targets.length === 0) return 0;
  let accepted = 0;
  for (const clinicId of new Set(targets.map((t) => t.clinicId))) {
    const userIds = targets.filter((t) => t.clinicId === clinicId).map((t) => t.userId);
    const rows = await db
      .select()
      .from(pushSubscriptions)
      .where(
        and(
          eq(pushSubscriptions.clinicId, clinicId),
          inArray(pushSubscriptions.userId, userIds),
          isNull(pushSubscriptions.goneAt),
        ),
      );
    for (const row of rows) {
      try {
        await webpush.sendNotification(
          { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
          JSON.stringify(message),
          {
            vapidDetails: keys,
            TTL: options.ttlSeconds ?? 12 * 60 * 60,
            urgency: options.urgency ?? "normal",
            timeout: 10_000,
            ...(options.agent ? { agent: options.agent } : {}),
          },
        );
        accepted++;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) {
          await db
            .update(pushSubscriptions)
            .set({ goneAt: new Date() })
            .where(and(eq(pushSubscriptions.clinicId, clinicId), eq(pushSubscriptions.id, row.id)));
        } else {
          console.error(`[push] delivery failed (${status ?? "no answer"})`);
        }
      }
    }
  }
  return accepted;
}
