import "server-only";
import { getDb } from "@/db/client";
import { sendPush, type PushMessage, type PushTarget } from "./send-push";
import { vapidKeys } from "./vapid";

/**
 * Pushes without waiting for the push services, after the caller's transaction has stored the email it goes
 * with: a slow or failing push service never holds a clinical write, and the email is the channel that is
 * retried. Does nothing without VAPID keys or targets.
 */
export function pushLater(
  targets: PushTarget[],
  message: PushMessage,
  options: { urgency?: "normal" | "high"; ttlSeconds?: number } = {},
): void {
  if (targets.length === 0 || !vapidKeys()) return;
  void getDb()
    .then((db) => sendPush(db, targets, message, options))
    .catch((error: unknown) =>
      console.error(`[push] ${message.tag ?? "message"} not pushed:`, (error as Error).message),
    );
}
