import { and, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";

import { alias } from "drizzle-orm/pg-core";
import type { StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { clinicOrPatient, ofPatient } from "./scope";
import { loadPlanOf } from "./plans";
import {
  activityLogs,
  alertAcks,
  diaryEntries,
  measureResponses,
  patients,
  redFlagReports,
  triageSummaries,
  users,
} from "../schema";

const clinician = alias(users, "clinician");

/**
 * The clinic's triage list in one indexed read: each patient with their kept summary (null for a patient
 * with no data yet).
 */
export async function clinicTriage(db: Queryable, actor: StaffActor, onlyPatientId?: string) {
  return db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      status: patients.status,
      timeZone: patients.timeZone,
      hasAccount: sql<boolean>`${patients.userId} IS NOT NULL`,
      primaryClinicianId: patients.primaryClinicianId,
      primaryClinicianName: clinician.name,
      // drizzle reads a left-joined object as missing when its first column is null: this one never is.
      summary: {
        planVersion: triageSummaries.planVersion,
        lastEntryDate: triageSummaries.lastEntryDate,
        recentDays: triageSummaries.recentDays,
        planStart: triageSummaries.planStart,
        revisionQuotas: triageSummaries.revisionQuotas,
        openRedFlags: triageSummaries.openRedFlags,
        psfsScores: triageSummaries.psfsScores,
        acks: triageSummaries.acks,
      },
    })
    .from(patients)
    .innerJoin(clinician, eq(clinician.id, patients.primaryClinicianId))
    .leftJoin(triageSummaries, and(ofPatient(triageSummaries), eq(triageSummaries.clinicId, actor.clinicId)))
    .where(clinicOrPatient(actor, onlyPatientId));
}

type Scope = { clinicId: string; patientId: string };

/** Patients of every clinic without a summary row (maintenance: the backfill when the app starts). */
export async function patientsWithoutSummary(db: Database): Promise<Scope[]> {
  return db
    .select({ clinicId: patients.clinicId, patientId: patients.id })
    .from(patients)
    .leftJoin(
      triageSummaries,
      and(eq(triageSummaries.clinicId, patients.clinicId), ofPatient(triageSummaries)),
    )
    .where(isNull(triageSummaries.patientId));
}

/**
 * Locks the patient's summary row for the rest of the transaction (creating it when missing), so two writes
 * of one patient refresh it one after the other and the second reads what the first committed.
 */
export async function lockTriageSummary(tx: Queryable, { clinicId, patientId }: Scope) {
  await tx
    .insert(triageSummaries)
    .values({ patientId, clinicId })
    .onConflictDoUpdate({
      target: [triageSummaries.clinicId, triageSummaries.patientId],
      set: { updatedAt: sql`now()` },
    });
}

/** The raw rows a patient's summary is computed from, read within the clinic. */
export async function summaryInputs(q: Queryable, { clinicId, patientId }: Scope, keptDays: number) {
  const inClinic = and(eq(patients.id, patientId), eq(patients.clinicId, clinicId));
  const lastEntry = sql`(SELECT max(${diaryEntries.entryDate}) FROM ${diaryEntries} WHERE ${diaryEntries.clinicId} = ${clinicId} AND ${diaryEntries.patientId} = ${patientId})`;
  // One after the other: a transaction's connection runs one statement at a time anyway.
  const recent = await q
    .select({
      date: diaryEntries.entryDate,
      painNow: diaryEntries.painNow,
      painAverage: diaryEntries.painAverage,
      activities: sql<
        { key: string; amount: number }[]
      >`coalesce(json_agg(json_build_object('key', ${activityLogs.activityKey}, 'amount', ${activityLogs.amount})) FILTER (WHERE ${activityLogs.id} IS NOT NULL), '[]'::json)`,
    })
    .from(diaryEntries)
    .innerJoin(patients, ofPatient(diaryEntries))
    .leftJoin(
      activityLogs,
      and(eq(activityLogs.clinicId, diaryEntries.clinicId), eq(activityLogs.entryId, diaryEntries.id)),
    )
    .where(and(inClinic, gte(diaryEntries.entryDate, sql`${lastEntry} - ${keptDays}::int`)))
    .groupBy(diaryEntries.clinicId, diaryEntries.id)
    .orderBy(diaryEntries.entryDate);
  const plan = await loadPlanOf(q, clinicId, patientId);
  const openRedFlags = await q
    .select({
      id: redFlagReports.id,
      tier: redFlagReports.tier,
      answers: redFlagReports.answers,
      answeredOn: redFlagReports.answeredOn,
    })
    .from(redFlagReports)
    .innerJoin(patients, ofPatient(redFlagReports))
    .where(
      and(
        inClinic,
        inArray(redFlagReports.tier, ["urgent", "emergency"]),
        isNull(redFlagReports.acknowledgedAt),
      ),
    )
    .orderBy(redFlagReports.createdAt);
  const psfs = await q
    .select({ date: measureResponses.takenOn, score: measureResponses.score })
    .from(measureResponses)
    .innerJoin(patients, ofPatient(measureResponses))
    .where(and(inClinic, eq(measureResponses.instrument, "psfs")))
    .orderBy(desc(measureResponses.takenOn), desc(measureResponses.createdAt))
    .limit(2);
  const acks = await q
    .selectDistinctOn([alertAcks.rule], { rule: alertAcks.rule, upToDate: alertAcks.upToDate })
    .from(alertAcks)
    .innerJoin(patients, ofPatient(alertAcks))
    .where(inClinic)
    .orderBy(alertAcks.rule, desc(alertAcks.acknowledgedAt));
  return {
    lastEntryDate: recent.at(-1)?.date ?? null,
    recent,
    plan,
    openRedFlags: openRedFlags.map((r) => ({ ...r, answers: r.answers as Record<string, boolean> })),
    psfs: psfs.reverse(),
    acks,
  };
}

/** Stores a patient's summary (the row is locked by `lockTriageSummary` in the same transaction). */
export async function writeTriageSummary(
  tx: Queryable,
  { clinicId, patientId }: Scope,
  summary: Omit<typeof triageSummaries.$inferInsert, "patientId" | "clinicId" | "updatedAt">,
) {
  await tx
    .insert(triageSummaries)
    .values({ patientId, clinicId, ...summary })
    .onConflictDoUpdate({
      target: [triageSummaries.clinicId, triageSummaries.patientId],
      set: { ...summary, updatedAt: sql`now()` },
      setWhere: eq(triageSummaries.clinicId, clinicId),
    });
}
