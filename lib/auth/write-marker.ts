import { createHmac, timingSafeEqual } from "node:crypto";
import { isLsn, parseLsn } from "@/db/replicas";

/**
 * The read-your-writes marker: the primary's WAL position after a user's own save, signed with AUTH_SECRET
 * for one session, so it can neither be forged nor carried over to another session.
 */
function signature(sessionId: string, lsn: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is needed to sign the read-your-writes marker");
  return createHmac("sha256", secret).update(`gradus.wrote:${sessionId}:${lsn}`).digest("base64url");
}

export function signMarker(sessionId: string, lsn: string): string {
  return `${lsn}.${signature(sessionId, lsn)}`;
}

/** The WAL position in a marker, if it is well-formed and signed for this session; otherwise null. */
export function verifyMarker(value: string | undefined, sessionId: string): bigint | null {
  if (!value) return null;
  const dot = value.indexOf(".");
  const lsn = value.slice(0, dot);
  if (dot < 0 || !isLsn(lsn)) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(sessionId, lsn));
  return given.length === expected.length && timingSafeEqual(given, expected) ? parseLsn(lsn) : null;
}
