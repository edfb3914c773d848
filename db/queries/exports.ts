import { and, asc, eq, inArray } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Database } from "../client";
import { activityLogs, diaryEntries, goals, measureResponses, patients, redFlagReports } from "../schema";

/**
 * Reads for the printable summary and the exports. Each is scoped like every other read: a patient of the
 * actor's clinic, or nothing; the clinic-wide diary only for the clinic's admins.
 */

export type StoredMeasure = {
  id: string;
  instrument: "psfs" | "peg";
  takenOn: string;
  answers: unknown;
  score: number;
};

export type StoredGoal = {
  id: string;
  description: string;
  measure: "activity" | "pain" | "psfs";
  activityKey: string | null;
  target: number;
  targetDate: string;
  status: "active" | "achieved" | "stopped";
  createdAt: Date;
  patientAgreedAt: Date | null;
};

export type StoredRedFlag = {
  id: string;
  answeredOn: string;
  trigger: "onboarding" | "weekly" | "diary";
  tier: "none" | "urgent" | "emergency";
  answers: Record<string, boolean>;
  acknowledgedAt: Date | null;
  acknowledgementNote: string | null;
};

export type OutcomeRecords = { measures: StoredMeasure[]; goals: StoredGoal[]; redFlags: StoredRedFlag[] };

const inClinic = (actor: StaffActor, patientId: string) =>
  and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId));

/** Questionnaires, goals and red-flag check-ins of a patient of the actor's clinic (empty for anyone else). */
export async function patientOutcomeRecords(
  db: Database,
  actor: StaffActor,
  patientId: string,
): Promise<OutcomeRecords> {
  const scope = inClinic(actor, patientId);
  const [measures, goalRows, redFlags] = await Promise.all([
    db
      .select({
        id: measureResponses.id,
        instrument: measureResponses.instrument,
        takenOn: measureResponses.takenOn,
        answers: measureResponses.answers,
        score: measureResponses.score,
      })
      .from(measureResponses)
      .innerJoin(patients, eq(patients.id, measureResponses.patientId))
      .where(scope)
      .orderBy(asc(measureResponses.takenOn), asc(measureResponses.createdAt)),
    db
      .select({
        id: goals.id,
        description: goals.description,
        measure: goals.measure,
        activityKey: goals.activityKey,
        target: goals.target,
        targetDate: goals.targetDate,
        status: goals.status,
        createdAt: goals.createdAt,
        patientAgreedAt: goals.patientAgreedAt,
      })
      .from(goals)
      .innerJoin(patients, eq(patients.id, goals.patientId))
      .where(scope)
      .orderBy(asc(goals.createdAt)),
    db
      .select({
        id: redFlagReports.id,
        answeredOn: redFlagReports.answeredOn,
        trigger: redFlagReports.trigger,
        tier: redFlagReports.tier,
        answers: redFlagReports.answers,
        acknowledgedAt: redFlagReports.acknowledgedAt,
        acknowledgementNote: redFlagReports.acknowledgementNote,
      })
      .from(redFlagReports)
      .innerJoin(patients, eq(patients.id, redFlagReports.patientId))
      .where(scope)
      .orderBy(asc(redFlagReports.answeredOn), asc(redFlagReports.createdAt)),
  ]);
  return { measures, goals: goalRows, redFlags };
}

export type ClinicDiaryRow = {
  patientId: string;
  patientName: string;
  date: string;
  painNow: number | null;
  painAverage: number | null;
  sleepQuality: number | null;
  stress: number | null;
  medicationTaken: boolean | null;
  medicationNote: string | null;
  flareUp: boolean;
  note: string | null;
  activities: { key: string; amount: number }[];
};

/**
 * Every diary entry of the actor's clinic, by patient then date; null unless the actor is the clinic's admin
 * (clinicians export one patient at a time, from that patient's page).
 */
export async function clinicDiaryRows(db: Database, actor: StaffActor): Promise<ClinicDiaryRow[] | null> {
  if (actor.role !== "admin") return null;
  const rows = await db
    .select({
      id: diaryEntries.id,
      patientId: patients.id,
      patientName: patients.fullName,
      date: diaryEntries.entryDate,
      painNow: diaryEntries.painNow,
      painAverage: diaryEntries.painAverage,
      sleepQuality: diaryEntries.sleepQuality,
      stress: diaryEntries.stress,
      medicationTaken: diaryEntries.medicationTaken,
      medicationNote: diaryEntries.medicationNote,
      flareUp: diaryEntries.flareUp,
      note: diaryEntries.note,
    })
    .from(diaryEntries)
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .where(eq(patients.clinicId, actor.clinicId))
    .orderBy(asc(patients.fullName), asc(patients.id), asc(diaryEntries.entryDate));
  const logs = new Map<string, { key: string; amount: number }[]>();
  // Chunked so a large clinic does not build one enormous IN list.
  for (let i = 0; i < rows.length; i += 5000) {
    const ids = rows.slice(i, i + 5000).map((r) => r.id);
    const found = await db
      .select({ entryId: activityLogs.entryId, key: activityLogs.activityKey, amount: activityLogs.amount })
      .from(activityLogs)
      .where(inArray(activityLogs.entryId, ids))
      .orderBy(asc(activityLogs.activityKey));
    for (const l of found)
      logs.set(l.entryId, [...(logs.get(l.entryId) ?? []), { key: l.key, amount: l.amount }]);
  }
  return rows.map(({ id, ...r }) => ({ ...r, activities: logs.get(id) ?? [] }));
}
