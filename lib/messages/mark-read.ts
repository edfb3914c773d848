import "server-only";
import { latestMessageAt, markRead } from "@/db/queries/messages";
import { getPatient } from "@/db/queries/patients";
import type { PatientContext, StaffContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";

/** The clinician has read the patient's thread up to its newest message (their own read mark only). */
export async function markThreadRead(
  { db, actor }: StaffContext,
  input: { patientId: string },
): Promise<Result> {
  if (!(await getPatient(db, actor, input.patientId))) return notFound();
  const upTo = await latestMessageAt(db, actor.clinicId, input.patientId);
  if (upTo)
    await markRead(db, { clinicId: actor.clinicId, patientId: input.patientId, userId: actor.userId, upTo });
  return ok();
}

/** The patient has read their thread up to its newest message. */
export async function markOwnThreadRead({ db, actor }: PatientContext): Promise<Result> {
  const upTo = await latestMessageAt(db, actor.clinicId, actor.patientId);
  if (upTo)
    await markRead(db, { clinicId: actor.clinicId, patientId: actor.patientId, userId: actor.userId, upTo });
  return ok();
}
