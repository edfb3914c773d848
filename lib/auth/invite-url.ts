import { headers } from "next/headers";

/**
 * The link a patient opens to set up their account. APP_URL pins the public address in production; without
 * it the address is taken from the request the clinician made.
 */
export async function inviteUrl(token: string): Promise<string> {
  return `${await appOrigin()}/invite/${token}`;
}

async function appOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
