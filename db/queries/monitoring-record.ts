import { and, asc, between, sql } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Database } from "../client";
import { diaryEntries, measureResponses, patients, redFlagReports } from "../schema";
import { clinicOrPatient, ofPatient } from "./scope";

/**
 * The clinic's patients with the start of their monitoring (the first day of their first plan, null without
 * a plan), by name.
 */
export async function monitoringRoster(db: Database, actor: StaffActor, onlyPatientId?: string) {
  return db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      timeZone: patients.timeZone,
      // Table names in full: drizzle leaves columns unqualified in a one-table select.
      start: sql<
        string | null
      >`(SELECT min(r.effective_from)::text FROM plan_revisions r INNER JOIN plans pl ON pl.clinic_id = r.clinic_id AND pl.id = r.plan_id WHERE pl.patient_id = "patients"."id" AND pl.clinic_id = "patients"."clinic_id")`,
    })
    .from(patients)
    .where(clinicOrPatient(actor, onlyPatientId))
    .orderBy(asc(patients.fullName), asc(patients.id));
}

/**
 * Every patient-local date from `from` to `to` with clinical data, per kind: diary entries, questionnaires
 * and safety check-ins. Sign-ins are not clinical data and are never read here.
 */
export async function clinicDataDates(
  db: Database,
  actor: StaffActor,
  from: string,
  to: string,
  onlyPatientId?: string,
) {
  const scope = clinicOrPatient(actor, onlyPatientId);
  const [diary, questionnaires, checkIns] = await Promise.all([
    db
      .select({ patientId: diaryEntries.patientId, date: diaryEntries.entryDate })
      .from(diaryEntries)
      .innerJoin(patients, ofPatient(diaryEntries))
      .where(and(scope, between(diaryEntries.entryDate, from, to))),
    db
      .selectDistinct({ patientId: measureResponses.patientId, date: measureResponses.takenOn })
      .from(measureResponses)
      .innerJoin(patients, ofPatient(measureResponses))
      .where(and(scope, between(measureResponses.takenOn, from, to))),
    db
      .selectDistinct({ patientId: redFlagReports.patientId, date: redFlagReports.answeredOn })
      .from(redFlagReports)
      .innerJoin(patients, ofPatient(redFlagReports))
      .where(and(scope, between(redFlagReports.answeredOn, from, to))),
  ]);
  return [
    ...diary.map((d) => ({ ...d, kind: "diary" as const })),
    ...questionnaires.map((d) => ({ ...d, kind: "questionnaire" as const })),
    ...checkIns.map((d) => ({ ...d, kind: "check-in" as const })),
  ];
}
