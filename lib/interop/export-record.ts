import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { listPatientEntries } from "@/db/queries/diary";
import { listGoals } from "@/db/queries/goals";
import { listMeasures } from "@/db/queries/outcomes";
import { listRedFlagReports } from "@/db/queries/red-flags";
import { getPatient } from "@/db/queries/patients";
import { getPlan } from "@/db/queries/plans";
import { localDate } from "@/lib/domain/local-time";
import type { ExportRecord } from "./fhir/record";

/** The whole diary: the range is the widest a PostgreSQL date holds comfortably, not a business rule. */
const ALL_TIME = { from: "1900-01-01", to: "9999-12-31" } as const;

/**
 * One patient's record for the exports and the printable summary, read with the actor's scope; null when
 * the patient is not in the actor's clinic (the caller answers 404).
 */
export async function loadExportRecord(db: Database, actor: StaffActor, patientId: string, now = new Date()) {
  const patient = await getPatient(db, actor, patientId);
  if (!patient) return null;
  const [plan, entries, measures, goals, redFlags] = await Promise.all([
    getPlan(db, actor, patientId),
    listPatientEntries(db, actor, patientId, ALL_TIME.from, ALL_TIME.to),
    listMeasures(db, actor, patientId),
    listGoals(db, actor, patientId),
    listRedFlagReports(db, actor, patientId),
  ]);
  const record: ExportRecord = {
    patient: {
      id: patient.id,
      fullName: patient.fullName,
      email: patient.email,
      status: patient.status,
      condition: patient.condition,
      timeZone: patient.timeZone,
    },
    plan: plan ? { id: plan.id, revisions: plan.revisions } : null,
    diary: entries,
    measures,
    goals,
  };
  return {
    patient,
    plan,
    entries,
    measures,
    goals,
    redFlags,
    record,
    today: localDate(patient.timeZone, now),
  };
}
