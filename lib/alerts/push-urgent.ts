import "server-only";
import { pushLater } from "@/lib/push/push-later";
import type { PushMessage, PushTarget } from "@/lib/push/send-push";

/** The only words an urgent alert's push carries: no name, answer or condition (docs: "what is sent when"). */
export const URGENT_PUSH: Omit<PushMessage, "url"> = {
  title: "Gradus",
  body: "A patient needs urgent attention. Open Gradus.",
  tag: "gradus-urgent",
};

/**
 * Pushes the urgent alert to staff who turned notifications on. Called by lib/alerts/notify-staff.ts for each
 * recipient whose email was stored (the outbox's dedupe key makes that at most once per emergency report, or
 * once an hour for urgent answers). It does not wait for the push services: a slow or failing one never
 * holds the red-flag report's transaction, and the email is the channel that is retried.
 */
export function pushUrgentAlert(targets: PushTarget[], url: string): void {
  pushLater(targets, { ...URGENT_PUSH, url }, { urgency: "high", ttlSeconds: 60 * 60 });
}
