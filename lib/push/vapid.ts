/**
 * The VAPID keys that sign our Web Push messages. scripts/start.mjs makes a pair once and keeps it in
 * .data/vapid-keys.json (like the auth secret); VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT
 * override it. Several app instances must share one pair (set the variables): a browser's subscription is
 * bound to the public key it subscribed with.
 */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export function vapidKeys(env: Record<string, string | undefined> = process.env): VapidKeys | null {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = env.VAPID_PRIVATE_KEY?.trim();
  if (!publicKey || !privateKey) return null;
  const subject =
    env.VAPID_SUBJECT?.trim() ||
    `mailto:${env.MAIL_FROM?.match(/[^<\s]+@[^>\s]+/)?.[0] ?? "gradus@localhost"}`;
  return { publicKey, privateKey, subject };
}
