import "server-only";
import { cache } from "react";
import { after } from "next/server";
import { notFound, redirect } from "next/navigation";
import type { Actor, PatientActor, StaffActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { checkSession, touchCheckedSession, type CheckedSession } from "./check-session";
import { sessionIdFromCookie } from "./session-token";

/**
 * The signed-in session, re-checked against the database on every request and only once per request (React
 * cache: the layout, the page and its sections share it): one read of the session row with its user and
 * clinic. A revoked, idle or expired session, or a disabled account, is treated as signed out. Last-seen is
 * moved forward at most once a minute, after the response (next/server `after`), so a page view does not
 * wait on a write.
 */
const getSession = cache(async (): Promise<CheckedSession | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const db = await getDb();
  const now = new Date();
  const checked = await checkSession(db, sessionId, now);
  if (checked?.needsTouch)
    after(() =>
      touchCheckedSession(db, sessionId, now).catch((error: unknown) =>
        console.error("[auth] last-seen not updated", error),
      ),
    );
  return checked;
});

/** The signed-in user, or null (signed out, or the session no longer grants access). */
export const getActor = cache(async (): Promise<Actor | null> => (await getSession())?.actor ?? null);

/** The signed-in user's clinic as the layouts show it, read with the session (null when signed out). */
export async function sessionClinic(): Promise<CheckedSession["clinic"] | null> {
  return (await getSession())?.clinic ?? null;
}

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
