import { z } from "zod";

const base64url = (bytes: number, label: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `The ${label} key is not valid.`)
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `The ${label} key is not valid.`);

/**
 * A browser's PushSubscription as JSON (PushSubscription.toJSON()). The endpoint must be https: the server
 * posts to it, so nothing else (no plain http, no credentials in the URL) is accepted.
 */
export const pushEndpoint = z
  .url({ protocol: /^https$/, error: "The push endpoint must be an https address." })
  .max(1000, "The push endpoint is too long.")
  // Zod runs this refinement even when the checks above failed, so a string that is no URL must not throw.
  .refine((v) => {
    if (!URL.canParse(v)) return false;
    const u = new URL(v);
    return u.username === "" && u.password === "";
  }, "The push endpoint is not valid.");

export const pushSubscriptionInput = z.object({
  endpoint: pushEndpoint,
  keys: z.object({ p256dh: base64url(65, "p256dh"), auth: base64url(16, "auth") }),
});

export const pushUnsubscribeInput = z.object({ endpoint: pushEndpoint });
