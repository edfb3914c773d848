import "server-only";
import { NextResponse } from "next/server";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { readDbFor } from "@/lib/auth/own-writes";
import { staffOrStatus } from "@/lib/auth/session";
import { patientIdSchema } from "@/lib/validation/patient";

/** Exports are never cached: each is a fresh, audited read of clinical data. */
const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export const notFound = () => NextResponse.json({ error: "Not found." }, { status: 404, headers: NO_STORE });

export function refusal(status: 401 | 403 | 404) {
  if (status === 401)
    return NextResponse.json({ error: "Please sign in again." }, { status, headers: NO_STORE });
  // Staff whose clinic requires two-step sign-in and who have not set it up yet.
  if (status === 403)
    return NextResponse.json({ error: "Set up two-step sign-in first." }, { status, headers: NO_STORE });
  return notFound();
}

/** A file the browser saves under `filename`, never renders in place. */
export function attachment(body: string, contentType: string, filename: string) {
  return new NextResponse(body, {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

/**
 * The signed-in staff member and a well-formed patient id from the route, or the response to send instead
 * (401 signed out, 403 two-step sign-in still to set up, 404 for a patient or a malformed id). Whether the patient is in the actor's clinic is
 * checked by the scoped read that follows.
 */
export async function staffAndPatientId(
  params: Promise<{ patientId: string }>,
): Promise<{ actor: StaffActor; patientId: string; db: Database } | NextResponse> {
  const who = await staffOrStatus();
  if ("status" in who) return refusal(who.status);
  const id = patientIdSchema.safeParse((await params).patientId);
  if (!id.success) return notFound();
  return { actor: who.actor, patientId: id.data, db: await readDbFor(who.actor) };
}
