import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { z } from "zod";
import { secureCookiesWanted, sessionCookieName } from "./cookies";

/**
 * The server-side session id, read from next-auth's encrypted session cookie on the server. It is never
 * part of the session object next-auth serves to page scripts (lib/auth/config.ts).
 */
export async function sessionIdFromCookie(): Promise<string | null> {
  const secure = secureCookiesWanted();
  const name = sessionCookieName(secure);
  // The cookie only: next-auth would also take a bearer token from Authorization, which we never issue.
  const cookie = (await headers()).get("cookie") ?? "";
  const token = await getToken({
    req: { headers: { cookie } },
    secret: process.env.AUTH_SECRET,
    secureCookie: secure,
    cookieName: name,
    salt: name,
  });
  const sid = z.uuid().safeParse(token?.sid);
  return sid.success ? sid.data : null;
}
