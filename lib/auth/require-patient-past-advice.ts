import "server-only";
import { redirect } from "next/navigation";
import type { PatientActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { unreadOwnAdvice } from "@/db/queries/red-flags";
import { requirePatient } from "@/lib/auth/session";

export const ADVICE_PATH = "/portal/advice";

/**
 * For portal pages: the signed-in patient, unless there is urgent or emergency advice they have not yet
 * confirmed reading, in which case every page sends them to it. Checked by each page (pages render on every
 * navigation; a shared layout does not), so no link, bookmark or back button gets past it.
 */
export async function requirePatientPastAdvice(): Promise<PatientActor> {
  const actor = await requirePatient();
  if (await unreadOwnAdvice(await getDb(), actor)) redirect(ADVICE_PATH);
  return actor;
}
