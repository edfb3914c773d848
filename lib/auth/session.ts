import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Actor, PatientActor, StaffActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { findSession, touchSession } from "@/db/queries/sessions";
import { actorFromSession } from "./actor-from-session";
import { sessionIdFromCookie } from "./session-token";
import { sessionProblem, TOUCH_INTERVAL_MS } from "./session-policy";

/**
 * The signed-in user, re-checked against the database on every request (once per request thanks to cache):
 * a revoked, idle or expired session, or a disabled account, is treated as signed out.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const db = await getDb();
  const row = await findSession(db, sessionId);
  if (!row) return null;
  const now = new Date();
  if (sessionProblem({ ...row, role: row.role }, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS)
    await touchSession(db, row.sessionId, now);
  return actorFromSession(row);
});

export function homePathFor(actor: Actor): string {
  return actor.kind === "staff" ? "/patients" : "/portal";
}

/** The page where staff set up two-factor sign-in when their clinic requires it. */
export const TOTP_SETUP_PATH = "/account?setup=required";

/**
 * For clinic pages and actions: anonymous users go to sign-in; patients are told the page does not exist;
 * staff whose clinic requires two-factor sign-in go to set it up first.
 */
export async function requireStaff(): Promise<StaffActor> {
  const actor = await requireStaffAccount();
  if (actor.mustSetUpTotp) redirect(TOTP_SETUP_PATH);
  return actor;
}

/** For clinic settings: clinic admins only; everyone else is told the page does not exist. */
export async function requireAdmin(): Promise<StaffActor> {
  const actor = await requireStaff();
  if (actor.role !== "admin") notFound();
  return actor;
}

/** For the staff account page and the clinic layout: any signed-in staff member, set up or not. */
export async function requireStaffAccount(): Promise<StaffActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.kind !== "staff") notFound();
  return actor;
}

/** For pages any signed-in user may open (their own account). */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For portal pages and actions: anonymous users go to sign-in; staff are told the page does not exist. */
export async function requirePatient(): Promise<PatientActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (actor.kind !== "patient") notFound();
  return actor;
}

/**
 * For route handlers, which answer with a status instead of redirecting: the patient, or the HTTP status to
 * answer (401 signed out, 404 for staff, as the portal does not exist for them).
 */
export async function patientOrStatus(): Promise<{ actor: PatientActor } | { status: 401 | 404 }> {
  const actor = await getActor();
  if (!actor) return { status: 401 };
  if (actor.kind !== "patient") return { status: 404 };
  return { actor };
}

/**
 * For clinic route handlers: the staff member, or 401 signed out, 404 for patients, 403 for staff who must
 * set up two-factor sign-in first.
 */
export async function staffOrStatus(): Promise<{ actor: StaffActor } | { status: 401 | 403 | 404 }> {
  const actor = await getActor();
  if (!actor) return { status: 401 };
  if (actor.kind !== "staff") return { status: 404 };
  if (actor.mustSetUpTotp) return { status: 403 };
  return { actor };
}
