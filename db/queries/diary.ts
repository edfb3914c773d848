import { and, asc, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PatientActor, RequestMeta, StaffActor } from "../actor";
import type { Database } from "../client";
import { activityLogs, diaryEntries, patients } from "../schema";
import { recordAudit } from "./audit";

export type DiaryContent = {
  painNow: number;
  painAverage: number;
  sleepQuality: number | null;
  stress: number | null;
  medicationTaken: boolean | null;
  medicationNote: string | null;
  flareUp: boolean;
  note: string | null;
  activities: { key: string; amount: number }[];
};

/** A day as stored, where the pain answers may be missing (rows written before they were required). */
export type StoredDiaryDay = Omit<DiaryContent, "painNow" | "painAverage"> & {
  date: string;
  painNow: number | null;
  painAverage: number | null;
};

export type DiaryEntry = DiaryContent & { date: string; version: number; clientId: string; updatedAt: Date };

type EntryRow = typeof diaryEntries.$inferSelect;

function toEntry(
  row: EntryRow,
  logs: { entryId: string; activityKey: string; amount: number }[],
): DiaryEntry {
  return {
    date: row.entryDate,
    version: row.version,
    clientId: row.clientId,
    updatedAt: row.updatedAt,
    painNow: row.painNow ?? 0,
    painAverage: row.painAverage ?? 0,
    sleepQuality: row.sleepQuality,
    stress: row.stress,
    medicationTaken: row.medicationTaken,
    medicationNote: row.medicationNote,
    flareUp: row.flareUp,
    note: row.note,
    activities: logs
      .filter((l) => l.entryId === row.id)
      .map((l) => ({ key: l.activityKey, amount: l.amount }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** The signed-in patient's entries between two dates (inclusive), oldest first. */
export function listOwnEntries(
  db: Database,
  actor: PatientActor,
  from: string,
  to: string,
): Promise<DiaryEntry[]> {
  return entriesWhere(db, and(eq(patients.id, actor.patientId), eq(patients.userId, actor.userId)), from, to);
}

/** A patient's entries between two dates for a clinician of their clinic; empty for anyone else's patient. */
export function listPatientEntries(
  db: Database,
  actor: StaffActor,
  patientId: string,
  from: string,
  to: string,
): Promise<DiaryEntry[]> {
  return entriesWhere(db, and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)), from, to);
}

/** Entries of the patient the scope allows, with their activity amounts (two queries, whatever the range). */
async function entriesWhere(
  db: Database,
  scope: SQL | undefined,
  from: string,
  to: string,
): Promise<DiaryEntry[]> {
  const rows = await db
    .select({ entry: diaryEntries })
    .from(diaryEntries)
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .where(and(scope, between(diaryEntries.entryDate, from, to)))
    .orderBy(asc(diaryEntries.entryDate));
  if (rows.length === 0) return [];
  const logs = await db
    .select({
      entryId: activityLogs.entryId,
      activityKey: activityLogs.activityKey,
      amount: activityLogs.amount,
    })
    .from(activityLogs)
    .where(
      inArray(
        activityLogs.entryId,
        rows.map((r) => r.entry.id),
      ),
    );
  // Grouped once, so a year of entries does not scan every activity row per entry.
  const byEntry = new Map<string, typeof logs>();
  for (const l of logs) {
    const list = byEntry.get(l.entryId);
    if (list) list.push(l);
    else byEntry.set(l.entryId, [l]);
  }
  return rows.map((r) => toEntry(r.entry, byEntry.get(r.entry.id) ?? []));
}

/** The first diary day of a patient of the actor's clinic, or null. */
export async function firstEntryDate(
  db: Database,
  actor: StaffActor,
  patientId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${diaryEntries.entryDate})::text` })
    .from(diaryEntries)
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  return row?.first ?? null;
}

/** The signed-in patient's first diary day, or null. */
export async function firstOwnEntryDate(db: Database, actor: PatientActor): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${diaryEntries.entryDate})::text` })
    .from(diaryEntries)
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .where(and(eq(patients.id, actor.patientId), eq(patients.userId, actor.userId)));
  return row?.first ?? null;
}

export async function getOwnEntry(
  db: Database,
  actor: PatientActor,
  date: string,
): Promise<DiaryEntry | null> {
  return (await listOwnEntries(db, actor, date, date))[0] ?? null;
}

const sameContent = (a: DiaryContent, b: DiaryContent) =>
  a.painNow === b.painNow &&
  a.painAverage === b.painAverage &&
  a.sleepQuality === b.sleepQuality &&
  a.stress === b.stress &&
  a.medicationTaken === b.medicationTaken &&
  a.medicationNote === b.medicationNote &&
  a.flareUp === b.flareUp &&
  a.note === b.note &&
  JSON.stringify([...a.activities].sort((x, y) => x.key.localeCompare(y.key))) ===
    JSON.stringify(b.activities);

export type UpsertResult =
  | { status: "created" | "updated" | "unchanged"; entry: DiaryEntry }
  | { status: "conflict"; entry: DiaryEntry };

/**
 * Stores one day's entry, idempotently. A new day is inserted (the unique (patient, date) key makes a second
 * insert a no-op); a retry, or an identical submission, answers with the stored entry; an edit applies to the
 * version it was made on, or to the device's own last write. Anything else is a conflict: nothing is
 * overwritten.
 */
export async function upsertOwnEntry(
  db: Database,
  actor: PatientActor,
  date: string,
  submission: DiaryContent & { clientId: string; baseVersion: number },
  meta: RequestMeta,
): Promise<UpsertResult> {
  const { clientId, baseVersion, activities, ...fields } = submission;
  return db.transaction(async (tx): Promise<UpsertResult> => {
    const load = async () => {
      const [row] = await tx
        .select()
        .from(diaryEntries)
        .where(and(eq(diaryEntries.patientId, actor.patientId), eq(diaryEntries.entryDate, date)))
        .for("update");
      const logs = row ? await tx.select().from(activityLogs).where(eq(activityLogs.entryId, row.id)) : [];
      return row ? { row, entry: toEntry(row, logs) } : null;
    };
    const writeLogs = async (entryId: string) => {
      await tx.delete(activityLogs).where(eq(activityLogs.entryId, entryId));
      if (activities.length > 0)
        await tx
          .insert(activityLogs)
          .values(activities.map((a) => ({ entryId, activityKey: a.key, amount: a.amount })));
    };
    const audit = (action: string, version: number) =>
      recordAudit(tx, {
        action,
        actorUserId: actor.userId,
        clinicId: actor.clinicId,
        patientId: actor.patientId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { date, version },
      });

    const [inserted] = await tx
      .insert(diaryEntries)
      .values({ patientId: actor.patientId, entryDate: date, clientId, ...fields, version: 1 })
      .onConflictDoNothing({ target: [diaryEntries.patientId, diaryEntries.entryDate] })
      .returning();
    if (inserted) {
      // A new day has no activity rows to replace, and its entry is exactly what was written: no read-back.
      const logs = activities.map((a) => ({ entryId: inserted.id, activityKey: a.key, amount: a.amount }));
      if (logs.length > 0) await tx.insert(activityLogs).values(logs);
      await audit("diary.create", 1);
      return { status: "created", entry: toEntry(inserted, logs) };
    }

    const existing = (await load())!;
    if (sameContent({ ...fields, activities }, existing.entry))
      return { status: "unchanged", entry: existing.entry };
    // The stored version came from this very submission (its answer was lost on the way back): the device
    // is editing its own write, whatever version it thought it started from.
    const ownWrite = existing.row.clientId === clientId;
    if (!ownWrite && existing.row.version !== baseVersion)
      return { status: "conflict", entry: existing.entry };

    await tx
      .update(diaryEntries)
      .set({ ...fields, clientId, version: existing.row.version + 1, updatedAt: new Date() })
      .where(eq(diaryEntries.id, existing.row.id));
    await writeLogs(existing.row.id);
    await audit("diary.update", existing.row.version + 1);
    return { status: "updated", entry: (await load())!.entry };
  });
}
