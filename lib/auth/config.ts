import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { secondFactorSchema, signInSchema } from "@/lib/validation/auth";
import { authenticate, CHALLENGE_TTL_MS } from "./authenticate";
import {
  challengeCookieName,
  cookieName,
  cookieOptions,
  secureCookiesWanted,
  sessionCookieName,
} from "./cookies";
import { endSession } from "./end-session";
import { metaFromHeaders, requestMeta } from "./request-meta";
import { verifySecondFactor } from "./second-factor";
import { SESSION_POLICY } from "./session-policy";

/** Sign-in refusals the forms word differently from a plain "does not match". */
export class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}
export class ChallengeExpired extends CredentialsSignin {
  code = "challenge_expired";
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

const secure = secureCookiesWanted();

/**
 * next-auth only carries a session id in its encrypted cookie. Whether that id still grants access (not signed
 * out, idle or expired, account enabled) is decided against the database on every request: lib/auth/session.
 * The id stays on the server: it is read from the cookie there (session-token.ts), never put in the session
 * object that /api/auth/session hands to page scripts.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  useSecureCookies: secure,
  cookies: {
    sessionToken: { name: sessionCookieName(), options: cookieOptions() },
    csrfToken: { name: cookieName("gradus.csrf"), options: cookieOptions() },
    callbackUrl: { name: cookieName("gradus.callback-url"), options: cookieOptions() },
  },
  session: { strategy: "jwt", maxAge: SESSION_POLICY.patient.absoluteMs / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A wrong password is an expected answer, already counted in login_attempts and the audit trail.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(raw, request) {
        const meta = metaFromHeaders(request.headers);
        const db = await getDb();
        const jar = await cookies();
        if (raw.code !== undefined) {
          // Second step: the challenge comes from our own HttpOnly cookie, never from the form.
          const parsed = secondFactorSchema.safeParse(raw);
          const challenge = jar.get(challengeCookieName())?.value;
          if (!challenge) throw new ChallengeExpired();
          if (!parsed.success) return null;
          const result = await verifySecondFactor(db, { challenge, code: parsed.data.code }, meta);
          if (result.status === "rate_limited") throw new RateLimited();
          if (result.status === "expired") throw new ChallengeExpired();
          if (result.status === "invalid") return null;
          jar.delete(challengeCookieName());
          return { id: result.userId, sessionId: result.sessionId };
        }
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(db, parsed.data, meta);
        if (result.status === "rate_limited") throw new RateLimited();
        if (result.status === "invalid") return null;
        if (result.status === "second_factor") {
          jar.set(challengeCookieName(), result.challenge, cookieOptions(CHALLENGE_TTL_MS / 1000));
          throw new SecondFactorRequired();
        }
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    // What /api/auth/session answers: only that someone is signed in and until when, nothing to steal.
    session({ session }) {
      return { expires: session.expires, user: {} } as typeof session;
    },
  },
  events: {
    // next-auth's own /api/auth/signout (and signOut()) clears the cookie; the session row must end too.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(await getDb(), sid, await requestMeta());
    },
  },
});
