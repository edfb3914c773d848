import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { signInSchema } from "@/lib/validation/auth";
import { authenticate } from "./authenticate";
import { metaFromHeaders } from "./request-meta";
import { SESSION_POLICY } from "./session-policy";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

/**
 * next-auth only carries a session id in its signed cookie. Whether that id still grants access (not signed
 * out, idle or expired, account enabled) is decided against the database on every request: lib/auth/session.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
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
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(await getDb(), parsed.data, metaFromHeaders(request.headers));
        if (!result.ok) {
          if (result.reason === "rate_limited") throw new RateLimited();
          return null;
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
    session({ session, token }) {
      session.sessionId = token.sid;
      return session;
    },
  },
});
