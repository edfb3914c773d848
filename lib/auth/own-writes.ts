import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/db/actor";
import { appDatabase, type Database } from "@/db/client";
import { appReplicas, primaryWalPosition, readDatabase } from "@/db/replicas";
import { cookieName, cookieOptions } from "./cookies";
import { signMarker, verifyMarker } from "./write-marker";

/**
 * Read-your-writes with read replicas. After a user's own save, a cookie holds the primary's WAL position
 * (at or past that save's commit), signed with AUTH_SECRET and bound to the session; a later read goes to a
 * replica only once that replica has replayed that position. Works across app instances (the marker travels
 * with the browser) and cannot be forged to read another session's view: at worst a forged or stale marker
 * sends one's own reads to the primary.
 */
const markerCookie = () => cookieName("gradus.wrote");
// Replicas replay within seconds; after an hour the marker says nothing the lag limit does not.
const MARKER_SECONDS = 3600;

/** Call after a user's own save has committed (in a server action or route handler, where cookies can be set). */
export async function noteOwnWrite(actor: Actor): Promise<void> {
  if (!appReplicas()) return;
  const lsn = await primaryWalPosition(await appDatabase());
  if (!lsn) return;
  (await cookies()).set(markerCookie(), signMarker(actor.sessionId, lsn), cookieOptions(MARKER_SECONDS));
}

/**
 * The database for a read that may be a moment old (the clinician's lists, charts, summaries, exports):
 * selects go to a fresh-enough replica that has this user's own last save, when there is one; writes made
 * through it (audit events) go to the primary.
 */
export async function readDbFor(actor: Actor): Promise<Database> {
  const primary = await appDatabase();
  const replicas = appReplicas();
  if (!replicas) return primary.db;
  const marker = verifyMarker((await cookies()).get(markerCookie())?.value, actor.sessionId);
  return (await readDatabase(primary, replicas, { replayedAtLeast: marker })).db;
}
