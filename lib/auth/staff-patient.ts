import "server-only";
import { notFound } from "next/navigation";
import { getPatient } from "@/db/queries/patients";
import { patientIdSchema } from "@/lib/validation/patient";
import { readDbFor } from "./own-writes";
import { requireStaff } from "./session";

/**
 * For clinic pages under /patients/[patientId]: the signed-in staff member and the patient, or a 404 when
 * the id is malformed or names a patient outside their clinic.
 */
export async function staffPatientFromParams(params: Promise<{ patientId: string }>) {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse((await params).patientId);
  if (!id.success) notFound();
  // Chart, plan, summary and access pages may read a replica (never older than this user's own last save).
  const db = await readDbFor(actor);
  const patient = await getPatient(db, actor, id.data);
  if (!patient) notFound();
  return { actor, db, patient };
}
