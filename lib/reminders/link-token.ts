import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { appOrigin } from "@/lib/auth/invite-url";
import { REMINDER_KINDS, type ReminderKind } from "@/lib/domain/reminders/due";

/**
 * The signed link in a reminder email: "pause for a week" or "stop this kind" without signing in. The token
 * names the patient, the kind and an expiry, signed with AUTH_SECRET (HMAC-SHA-256), so it can be neither
 * forged nor changed to reach another patient. It carries no health information.
 */
export const LINK_TTL_MS = 60 * 24 * 60 * 60 * 1000;

const payloadSchema = z.object({
  p: z.uuid(),
  c: z.uuid(),
  k: z.enum(REMINDER_KINDS),
  e: z.number().int().positive(),
});

export type ReminderLink = { patientId: string; clinicId: string; kind: ReminderKind; expiresAt: Date };

function signature(body: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is needed to sign reminder links");
  return createHmac("sha256", secret).update(`gradus.reminder-link:${body}`).digest("base64url");
}

export function signReminderLink(link: Omit<ReminderLink, "expiresAt">, now = new Date()): string {
  const payload = { p: link.patientId, c: link.clinicId, k: link.kind, e: now.getTime() + LINK_TTL_MS };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${signature(body)}`;
}

/** The link's contents when it is well-formed, signed by us and not expired; otherwise null. */
export function verifyReminderLink(token: unknown, now = new Date()): ReminderLink | null {
  if (typeof token !== "string" || token.length > 512) return null;
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.e <= now.getTime()) return null;
  return {
    patientId: parsed.data.p,
    clinicId: parsed.data.c,
    kind: parsed.data.k,
    expiresAt: new Date(parsed.data.e),
  };
}

/** The page that offers "pause for a week" and "stop this kind" (built from APP_URL only). */
export function reminderLinkUrl(token: string): string {
  return `${appOrigin()}/reminders/manage?t=${encodeURIComponent(token)}`;
}

/** The one-click unsubscribe endpoint for the List-Unsubscribe header (RFC 8058). */
export function oneClickUrl(token: string): string {
  return `${appOrigin()}/api/reminders/stop?t=${encodeURIComponent(token)}`;
}
