import { and, asc, eq, inArray } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Database } from "../client";
import { activityLogs, diaryEntries, patients } from "../schema";
import type { StoredDiaryDay } from "./diary";
import { ofPatient } from "./scope";

export type ClinicDiaryRow = StoredDiaryDay & { patientId: string; patientName: string };

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
    .innerJoin(patients, ofPatient(diaryEntries))
    .where(eq(patients.clinicId, actor.clinicId))
    .orderBy(asc(patients.fullName), asc(patients.id), asc(diaryEntries.entryDate));
  const logs = new Map<string, { key: string; amount: number }[]>();
  // Chunked so a large clinic does not build one enormous IN list.
  for (let i = 0; i < rows.length; i += 5000) {
    const ids = rows.slice(i, i + 5000).map((r) => r.id);
    const found = await db
      .select({ entryId: activityLogs.entryId, key: activityLogs.activityKey, amount: activityLogs.amount })
      .from(activityLogs)
      .where(and(eq(activityLogs.clinicId, actor.clinicId), inArray(activityLogs.entryId, ids)))
      .orderBy(asc(activityLogs.activityKey));
    for (const l of found)
      logs.set(l.entryId, [...(logs.get(l.entryId) ?? []), { key: l.key, amount: l.amount }]);
  }
  return rows.map(({ id, ...r }) => ({ ...r, activities: logs.get(id) ?? [] }));
}
