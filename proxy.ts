import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import {
  refuseActionBody,
  refuseActionOrigin,
  refuseActionSize,
  refusePath,
  type Refusal,
} from "@/lib/security/request-guard";

/**
 * Sets a per-response Content-Security-Policy nonce and keeps responses out of caches, and answers requests
 * Next itself would fail on with a 500 as the client errors they are (lib/security/request-guard.ts). It never
 * decides who may see what: access control lives next to the data (lib/auth/session.ts, CVE-2025-29927).
 */
export async function proxy(request: NextRequest) {
  const refusal = refusePath(request.nextUrl.pathname) ?? (await refuseAction(request));
  if (refusal) return refuse(refusal);

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

/** Server-action posts (the Next-Action header) are checked before React decodes them. */
async function refuseAction(request: NextRequest): Promise<Refusal | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const h = request.headers;
  const early =
    refuseActionOrigin(h.get("origin"), h.get("x-forwarded-host") ?? h.get("host")) ??
    refuseActionSize(Number(h.get("content-length") ?? 0));
  if (early) return early;
  // A copy of the body: Next hands the original to the action untouched.
  const copy = request.clone();
  const contentType = h.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await copy.formData().catch(() => null);
    return form ? refuseActionBody(form) : { status: 400, message: "The request is not valid." };
  }
  const text = await copy.text();
  return refuseActionSize(Buffer.byteLength(text)) ?? refuseActionBody(text);
}

function refuse({ status, message }: Refusal): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = {
  // Everything except the build's static files, which carry no data and should be cached.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
