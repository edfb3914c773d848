import "server-only";
import { createHash } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { z } from "zod";
import { secureCookiesWanted, sessionCookieName } from "./cookies";

/**
 * The server-side session id, read from next-auth's encrypted session cookie on the server. It is never
 * part of the session object next-auth serves to page scripts (lib/auth/config.ts).
 */
export async function sessionIdFromCookie(): Promise<string | null> {
  // The cookie only: next-auth would also take a bearer token from Authorization, which we never issue.
  return sessionIdFromCookieHeader((await headers()).get("cookie") ?? "");
}

/** The session id a request's Cookie header carries, or null (no cookie, not ours, tampered or expired). */
export async function sessionIdFromCookieHeader(
  cookie: string,
  secure = secureCookiesWanted(),
): Promise<string | null> {
  const name = sessionCookieName(secure);
  const value = cookieValue(cookie, name);
  const key = value ? createHash("sha256").update(value).digest("base64url") : null;
  const known = key ? decrypted.get(key) : undefined;
  if (known && known.expiresAt > Date.now()) return known.sid;
  const token = await getToken({
    req: { headers: { cookie } },
    secret: process.env.AUTH_SECRET,
    secureCookie: secure,
    cookieName: name,
    salt: name,
  });
  const sid = z.uuid().safeParse(token?.sid);
  if (!sid.success) return null;
  if (key) remember(key, sid.data, typeof token?.exp === "number" ? token.exp * 1000 : Date.now());
  return sid.data;
}

/**
 * Decrypting the cookie (key derivation and JWE, about half a millisecond) is the same work for every request
 * of a session, so its result is kept a while in this process: the session id by a hash of the cookie, never
 * the cookie itself, until the token's own expiry and for at most DECRYPTED_TTL_MS. This only saves the
 * decryption: whether the session still grants access is decided against the database on every request
 * (lib/auth/check-session.ts), so signing out, revoking or disabling takes effect on the next request.
 */
const DECRYPTED_TTL_MS = 10 * 60_000;
const DECRYPTED_MAX = 5_000;
const decrypted = new Map<string, { sid: string; expiresAt: number }>();

function remember(key: string, sid: string, tokenExpiresAt: number) {
  if (decrypted.size >= DECRYPTED_MAX) {
    // Maps keep insertion order: the oldest entry goes first.
    const oldest = decrypted.keys().next().value;
    if (oldest !== undefined) decrypted.delete(oldest);
  }
  decrypted.set(key, { sid, expiresAt: Math.min(tokenExpiresAt, Date.now() + DECRYPTED_TTL_MS) });
}

/** One cookie's value from a Cookie header (a token next-auth split into name.0, name.1… is not cached). */
function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
