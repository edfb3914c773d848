/**
 * Cookie settings for production: the `__Host-` prefix makes the browser refuse the cookie unless it is
 * Secure, for the whole site (Path=/) and without a Domain, so no subdomain can set or read it. Chromium
 * treats http://localhost and http://127.0.0.1 as secure, so a production build still works there; to serve
 * a production build over plain http on another address (a LAN demo), set AUTH_INSECURE_COOKIES=true.
 */
export function secureCookiesWanted(): boolean {
  if (process.env.AUTH_INSECURE_COOKIES === "true") return false;
  return process.env.NODE_ENV === "production";
}

export function cookieName(base: string, secure = secureCookiesWanted()): string {
  return secure ? `__Host-${base}` : base;
}

/** The next-auth session cookie's name; it is also the salt its JWT is encrypted with. */
export const sessionCookieName = (secure = secureCookiesWanted()) => cookieName("gradus.session", secure);

export function cookieOptions(maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookiesWanted(),
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** Holds the sign-in challenge between the password and the second-factor step. */
export const challengeCookieName = () => cookieName("gradus.challenge");
