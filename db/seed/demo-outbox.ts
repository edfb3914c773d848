import { inviteUrl } from "@/lib/auth/invite-url";
import { inviteEmail, urgentAlertEmail } from "@/lib/outbox/messages";
import type { Queryable } from "../client";
import { outbox } from "../schema";

const DEMO_REASON = "Demo message: kept in the Outbox, never sent.";

/**
 * A few messages in the demo clinic's Outbox, as the app writes them: the invite of an invited patient (its
 * link works: the token is the one stored for the invite) and an urgent alert to the physiotherapist. They are
 * held (no next attempt), so even with SMTP_URL set nothing goes to the demo's made-up addresses.
 */
export async function seedDemoOutbox(
  q: Queryable,
  {
    clinicId,
    invites,
    alert,
  }: {
    clinicId: string;
    invites: Array<{ email: string; token: string }>;
    alert: { to: string; patientId: string } | null;
  },
) {
  const origin = inviteUrl("x").slice(0, -"/invite/x".length);
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  const rows = [
    ...invites.map((invite) => ({
      recipient: invite.email,
      kind: "invite",
      ...inviteEmail({ url: inviteUrl(invite.token), days: 7 }),
    })),
    ...(alert
      ? [
          {
            recipient: alert.to,
            kind: "urgent_alert",
            ...urgentAlertEmail({ url: `${origin}/patients/${alert.patientId}` }),
          },
        ]
      : []),
  ];
  for (const [index, row] of rows.entries())
    await q.insert(outbox).values({
      clinicId,
      recipient: row.recipient,
      kind: row.kind,
      subject: row.subject,
      textBody: row.text,
      htmlBody: row.html,
      reason: DEMO_REASON,
      nextAttemptAt: null,
      createdAt: new Date(hourAgo.getTime() + index * 60_000),
    });
}
