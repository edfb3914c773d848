import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

/**
 * Sets a per-response Content-Security-Policy nonce and keeps responses out of caches. It only adds headers:
 * access control lives next to the data (lib/auth/session.ts), never here (CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== "production" });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages and route handlers carry patient data: no browser, proxy or back-button cache may keep a copy.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything except the build's static files, which carry no data and should be cached.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
