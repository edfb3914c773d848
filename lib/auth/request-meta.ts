import { headers } from "next/headers";
import type { RequestMeta } from "@/db/actor";

/**
 * The caller's address and browser. The address is the first X-Forwarded-For hop, which is only as
 * trustworthy as the proxy in front of the app; behind no proxy it is absent.
 */
export function metaFromHeaders(h: Headers): RequestMeta {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}

export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers());
}
