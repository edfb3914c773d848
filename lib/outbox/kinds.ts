/**
 * What a message may be. New kinds are added here (the Outbox page shows the label). Text only, never health
 * information: the wording of each kind lives in lib/outbox/messages.ts.
 */
export const EMAIL_KINDS = {
  invite: "Invite",
  password_reset: "Password reset",
  urgent_alert: "Urgent alert",
  digest: "Morning digest",
  reminder: "Reminder",
  message: "New message",
  email_change: "Email change",
} as const;

export type EmailKind = keyof typeof EMAIL_KINDS;
