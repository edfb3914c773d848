import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listPatientEntries } from "@/db/queries/diary";
import { listGoals } from "@/db/queries/goals";
import { listMeasures } from "@/db/queries/outcomes";
import { getPatient } from "@/db/queries/patients";
import { getPlan } from "@/db/queries/plans";
import { readDbFor } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { localDate } from "@/lib/domain/local-time";
import { patientIdSchema } from "@/lib/validation/patient";

/** Earliest date the diary is read from: the whole history (a year is a few hundred rows). */
const BEGINNING = "2000-01-01";

/**
 * The clinician patient page's record, loaded once per request whichever sections ask for it: the staff
 * member, the patient (404 outside their clinic or for a malformed id), the plan, the whole diary, the
 * outcome measures and the goals. The sections' shapers (charts, outcomes, baseline, diary table) are pure
 * functions of this record.
 */
export const loadPatientRecord = cache(async (rawPatientId: string) => {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(rawPatientId);
  if (!id.success) notFound();
  // May read a replica (never older than this user's own last save).
  const db = await readDbFor(actor);
  const patient = await getPatient(db, actor, id.data);
  if (!patient) notFound();
  const today = localDate(patient.timeZone);
  const [plan, entries, measures, goals] = await Promise.all([
    getPlan(db, actor, patient.id),
    listPatientEntries(db, actor, patient.id, BEGINNING, today),
    listMeasures(db, actor, patient.id),
    listGoals(db, actor, patient.id),
  ]);
  return { actor, db, patient, today, plan, entries, measures, goals };
});

export type PatientRecord = Awaited<ReturnType<typeof loadPatientRecord>>;
