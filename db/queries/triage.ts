import { and, desc, eq, gte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffActor } from "../actor";
import type { Database } from "../client";
import { clinicOrPatient } from "./scope";
import { activityLogs, alertAcks, diaryEntries, patients, users } from "../schema";

const clinician = alias(users, "clinician");

/**
 * What the clinic's triage list needs, in three aggregate queries: each patient with their last diary date,
 * the diary of the recent days only (with activity amounts folded into one row per day), and the latest
 * acknowledgement per alert rule. The full diary history is never loaded.
 */
export async function triageData(db: Database, actor: StaffActor, since: string, onlyPatientId?: string) {
  const scope = clinicOrPatient(actor, onlyPatientId);
  const roster = await db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      status: patients.status,
      timeZone: patients.timeZone,
      hasAccount: sql<boolean>`${patients.userId} IS NOT NULL`,
      primaryClinicianId: patients.primaryClinicianId,
      primaryClinicianName: clinician.name,
      lastEntryDate: sql<
        string | null
      >`(SELECT max(${diaryEntries.entryDate})::text FROM ${diaryEntries} WHERE ${diaryEntries.patientId} = ${patients.id})`,
    })
    .from(patients)
    .innerJoin(clinician, eq(clinician.id, patients.primaryClinicianId))
    .where(scope);

  const recent = await db
    .select({
      patientId: diaryEntries.patientId,
      date: diaryEntries.entryDate,
      painNow: diaryEntries.painNow,
      painAverage: diaryEntries.painAverage,
      activities: sql<
        { key: string; amount: number }[]
      >`coalesce(json_agg(json_build_object('key', ${activityLogs.activityKey}, 'amount', ${activityLogs.amount})) FILTER (WHERE ${activityLogs.id} IS NOT NULL), '[]'::json)`,
    })
    .from(diaryEntries)
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .leftJoin(activityLogs, eq(activityLogs.entryId, diaryEntries.id))
    .where(and(scope, gte(diaryEntries.entryDate, since)))
    .groupBy(diaryEntries.id)
    .orderBy(diaryEntries.entryDate);

  const acks = await db
    .selectDistinctOn([alertAcks.patientId, alertAcks.rule], {
      patientId: alertAcks.patientId,
      rule: alertAcks.rule,
      upToDate: alertAcks.upToDate,
    })
    .from(alertAcks)
    .innerJoin(patients, eq(patients.id, alertAcks.patientId))
    .where(scope)
    .orderBy(alertAcks.patientId, alertAcks.rule, desc(alertAcks.acknowledgedAt));

  return { roster, recent, acks };
}

export type TriageData = Awaited<ReturnType<typeof triageData>>;
