import "server-only";
import { headers } from "next/headers";

/**
 * This response's CSP nonce, which proxy.ts puts in the request's Content-Security-Policy header, for a
 * server-rendered <style> or <script> element of our own (Next puts it on its scripts itself).
 */
export async function requestNonce(): Promise<string | undefined> {
  const csp = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}
