import "server-only";
import type { Actor } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { findSession, touchSession, type SessionRow } from "@/db/queries/sessions";
import { actorFromSession } from "./actor-from-session";
import { sessionProblem, TOUCH_INTERVAL_MS } from "./session-policy";

/** What the layouts show of the signed-in user's clinic, read with the session row (no second clinic read). */
export type SessionClinic = {
  monitoringRecord: boolean;
  letterhead: {
    name: string;
    address: string | null;
    phone: string | null;
    outOfHoursPhone: string | null;
    country: string | null;
  };
};

export type CheckedSession = {
  actor: Actor;
  clinic: SessionClinic;
  /** Last-seen is older than TOUCH_INTERVAL_MS: the caller moves it forward (touchCheckedSession). */
  needsTouch: boolean;
};

/**
 * One read decides whether a session id still grants access: a revoked, expired or idle session, or a
 * disabled account, grants nothing, whatever the cookie says. Nothing is written here: last-seen is moved
 * forward by touchCheckedSession, at most once a minute per session (sessionProblem's idle check reads it).
 */
export async function checkSession(
  q: Queryable,
  sessionId: string,
  now: Date,
): Promise<CheckedSession | null> {
  const row = await findSession(q, sessionId);
  if (!row) return null;
  if (sessionProblem(row, now)) return null;
  const actor = actorFromSession(row);
  if (!actor) return null;
  return {
    actor,
    clinic: clinicOf(row),
    needsTouch: now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS,
  };
}

/** Moves last-seen to `now` unless a concurrent request of the same session already did. */
export async function touchCheckedSession(q: Queryable, sessionId: string, now: Date): Promise<void> {
  await touchSession(q, sessionId, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
}

function clinicOf(row: SessionRow): SessionClinic {
  return {
    monitoringRecord: row.clinicMonitoringRecord,
    letterhead: {
      name: row.clinicName,
      address: row.clinicAddress,
      phone: row.clinicPhone,
      outOfHoursPhone: row.clinicOutOfHoursPhone,
      country: row.clinicCountry,
    },
  };
}
