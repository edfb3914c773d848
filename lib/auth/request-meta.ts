import { headers } from "next/headers";
import type { RequestMeta } from "@/db/actor";
import { clientAddress, trustedProxyHops } from "./client-address";

/** The caller's address (see client-address.ts for which X-Forwarded-For entry is trusted) and browser. */
export function metaFromHeaders(h: Headers): RequestMeta {
  return {
    ip: clientAddress(h.get("x-forwarded-for"), trustedProxyHops()),
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}

export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers());
}
