// Signed-in cookies for many users at once, without a browser sign-in per user: a session row in the database
// (what lib/auth/session checks on every request) and the next-auth JWT cookie carrying its id, encrypted
// with the server's AUTH_SECRET exactly as next-auth does after a successful sign-in.
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/cookies";
import type { Sql } from "./seed-tier";

export const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-0123";
/**
 * The session cookie of the production server the bench starts (NODE_ENV=production: the `__Host-` name,
 * see lib/auth/cookies.ts); it is also the key derivation salt.
 */
const COOKIE = sessionCookieName(true);

export type SignedIn = { userId: string; cookie: string };

/** Opens a session for each user id and returns the cookie that carries it. */
export async function signIn(sql: Sql, userIds: string[]): Promise<SignedIn[]> {
  if (userIds.length === 0) return [];
  const rows = await sql(`INSERT INTO sessions (user_id, expires_at, user_agent)
    SELECT u, now() + interval '1 day', 'gradus-bench' FROM unnest(ARRAY['${userIds.join("','")}']::uuid[]) u
    RETURNING id, user_id`);
  return Promise.all(
    rows.map(async (r) => {
      const token = await encode({
        token: { sub: String(r.user_id), sid: String(r.id) },
        secret: AUTH_SECRET,
        salt: COOKIE,
        maxAge: 24 * 3600,
      });
      return { userId: String(r.user_id), cookie: `${COOKIE}=${token}` };
    }),
  );
}
