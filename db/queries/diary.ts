import { and, asc, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SummaryDay } from "../schema/triage";
import type { PatientActor, RequestMeta, StaffActor } from "../actor";
import type { Database } from "../client";
import { activityLogs, diaryEntries, patients } from "../schema";
import type { StoredPlan } from "./plans";
import type { PatientStatus } from "./patients";
import { ofPatient, ownPatient } from "./scope";

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
  return entriesWhere(db, ownPatient(actor), from, to);
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
    .innerJoin(patients, ofPatient(diaryEntries))
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
      and(
        eq(activityLogs.clinicId, rows[0]!.entry.clinicId),
        inArray(
          activityLogs.entryId,
          rows.map((r) => r.entry.id),
        ),
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
    .innerJoin(patients, ofPatient(diaryEntries))
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  return row?.first ?? null;
}

/** The signed-in patient's first diary day, or null. */
export async function firstOwnEntryDate(db: Database, actor: PatientActor): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${diaryEntries.entryDate})::text` })
    .from(diaryEntries)
    .innerJoin(patients, ofPatient(diaryEntries))
    .where(ownPatient(actor));
  return row?.first ?? null;
}

/** The signed-in patient's entry of one day in one query (the diary save's last round trip), or null. */
export async function ownEntryOn(
  db: Database,
  actor: PatientActor,
  date: string,
): Promise<DiaryEntry | null> {
  const [row] = await db
    .select({
      entry: diaryEntries,
      logs: sql<
        { key: string; amount: number }[]
      >`(SELECT coalesce(json_agg(json_build_object('key', l.activity_key, 'amount', l.amount)), '[]'::json) FROM ${activityLogs} l WHERE l.clinic_id = ${diaryEntries.clinicId} AND l.entry_id = ${diaryEntries.id})`,
    })
    .from(diaryEntries)
    .innerJoin(patients, ofPatient(diaryEntries))
    .where(and(ownPatient(actor), eq(diaryEntries.entryDate, date)));
  if (!row) return null;
  return toEntry(
    row.entry,
    row.logs.map((l) => ({ entryId: row.entry.id, activityKey: l.key, amount: Number(l.amount) })),
  );
}

export async function getOwnEntry(
  db: Database,
  actor: PatientActor,
  date: string,
): Promise<DiaryEntry | null> {
  return (await listOwnEntries(db, actor, date, date))[0] ?? null;
}

export const sameContent = (a: DiaryContent, b: DiaryContent) =>
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

/**
 * What a diary save checks before writing, in one round trip: the signed-in patient's time zone and their plan
 * (revisions with their activities, for the day's activities and its adherence). Null when the record is not
 * theirs.
 */
export async function ownDiaryContext(
  db: Database,
  actor: PatientActor,
): Promise<{ timeZone: string; status: PatientStatus; plan: StoredPlan | null } | null> {
  const result = await db.execute<{
    time_zone: string;
    status: PatientStatus;
    plan_id: string | null;
    plan_version: number | null;
    revisions:
      | {
          number: number;
          kind: string;
          effectiveFrom: string;
          holdDays: number;
          reason: string;
          activities: Record<string, unknown>[];
        }[]
      | null;
  }>(sql`
    SELECT p.time_zone, p.status, pl.id AS plan_id, pl.version AS plan_version,
      (SELECT json_agg(json_build_object(
          'number', r.number, 'kind', r.kind, 'effectiveFrom', r.effective_from, 'holdDays', r.hold_days,
          'reason', r.reason,
          'activities', (SELECT coalesce(json_agg(json_build_object(
              'key', a.key, 'name', a.name, 'unit', a.unit, 'baseline', a.baseline,
              'startFraction', a.start_fraction, 'startQuota', a.start_quota, 'progressFrom', a.progress_from,
              'progressionKind', a.progression_kind, 'step', a.step, 'percent', a.percent,
              'everyDays', a.every_days, 'goalDate', a.goal_date, 'goal', a.goal) ORDER BY a.position), '[]'::json)
            FROM revision_activities a WHERE a.clinic_id = r.clinic_id AND a.revision_id = r.id))
          ORDER BY r.number)
        FROM plan_revisions r WHERE r.clinic_id = pl.clinic_id AND r.plan_id = pl.id) AS revisions
    FROM ${patients} p LEFT JOIN plans pl ON pl.clinic_id = p.clinic_id AND pl.patient_id = p.id
    WHERE p.clinic_id = ${actor.clinicId} AND p.id = ${actor.patientId} AND p.user_id = ${actor.userId}`);
  const row = result.rows[0];
  if (!row) return null;
  const plan: StoredPlan | null = row.plan_id
    ? {
        id: row.plan_id,
        version: Number(row.plan_version),
        revisions: (row.revisions ?? []).map((r) => ({
          number: r.number,
          kind: r.kind as StoredPlan["revisions"][number]["kind"],
          effectiveFrom: r.effectiveFrom,
          holdDays: r.holdDays,
          reason: r.reason,
          authorName: "",
          createdAt: new Date(0),
          activities: r.activities.map((a) => activityFromJson(a)),
        })),
      }
    : null;
  return { timeZone: row.time_zone, status: row.status, plan };
}

function activityFromJson(a: Record<string, unknown>): StoredPlan["revisions"][number]["activities"][number] {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const kind = a.progressionKind as "fixed" | "percent" | "goal_date";
  return {
    key: a.key as string,
    name: a.name as string,
    unit: a.unit as "minutes" | "repetitions" | "steps" | "metres",
    baseline: num(a.baseline),
    startFraction: Number(a.startFraction),
    startQuota: num(a.startQuota),
    progressFrom: (a.progressFrom as string | null) ?? null,
    progression:
      kind === "fixed"
        ? { kind, step: Number(a.step), everyDays: Number(a.everyDays) }
        : kind === "percent"
          ? { kind, percent: Number(a.percent), everyDays: Number(a.everyDays) }
          : { kind, goalDate: a.goalDate as string },
    goal: Number(a.goal),
  };
}

export type EntryWrite = {
  date: string;
  submission: DiaryContent & { clientId: string; baseVersion: number };
  meta: RequestMeta;
  /** The day as the triage summary keeps it, and the plan version it was judged against (0: no plan). */
  summaryDay: SummaryDay;
  planVersion: number;
  /** Days of diary the summary keeps before its latest entry. */
  keptDays: number;
};

/**
 * Writes one day in a single statement (atomic on its own, so one round trip): the entry is inserted, or
 * updated when the submission was made on the stored version or is the device's own last write and its
 * content differs; its activity rows are replaced; the audit event is appended; and the day is merged into
 * the patient's triage summary, unless the plan changed since it was judged (then `summaryKept` is false and
 * the caller refreshes the summary). Null when nothing was written (an unchanged resend, or a conflict).
 */
export async function writeOwnEntry(
  db: Database,
  actor: PatientActor,
  w: EntryWrite,
): Promise<{ entry: DiaryEntry; status: "created" | "updated"; summaryKept: boolean } | null> {
  const { clientId, baseVersion, activities, ...f } = w.submission;
  const sorted = [...activities].sort((a, b) => a.key.localeCompare(b.key));
  const newActivities = JSON.stringify(Object.fromEntries(sorted.map((a) => [a.key, a.amount])));
  const day = JSON.stringify(w.summaryDay);
  const result = await db.execute<{
    id: string;
    version: number;
    updated_at: string | Date;
    summary_kept: boolean;
  }>(sql`
    WITH up AS (
      INSERT INTO diary_entries AS e (clinic_id, patient_id, entry_date, client_id, pain_now, pain_average,
        sleep_quality, stress, medication_taken, medication_note, flare_up, note, logged_amounts, version)
      VALUES (${actor.clinicId}, ${actor.patientId}, ${w.date}, ${clientId}, ${f.painNow}, ${f.painAverage},
        ${f.sleepQuality}, ${f.stress}, ${f.medicationTaken}, ${f.medicationNote}, ${f.flareUp}, ${f.note},
        ${newActivities}::jsonb, 1)
      ON CONFLICT (clinic_id, patient_id, entry_date) DO UPDATE SET
        client_id = EXCLUDED.client_id, pain_now = EXCLUDED.pain_now, pain_average = EXCLUDED.pain_average,
        sleep_quality = EXCLUDED.sleep_quality, stress = EXCLUDED.stress,
        medication_taken = EXCLUDED.medication_taken, medication_note = EXCLUDED.medication_note,
        flare_up = EXCLUDED.flare_up, note = EXCLUDED.note, logged_amounts = EXCLUDED.logged_amounts,
        version = e.version + 1, updated_at = now()
      WHERE (e.version = ${baseVersion} OR e.client_id = ${clientId})
        AND ((e.pain_now, e.pain_average, e.sleep_quality, e.stress, e.medication_taken, e.medication_note,
              e.flare_up, e.note)
             IS DISTINCT FROM
             (EXCLUDED.pain_now, EXCLUDED.pain_average, EXCLUDED.sleep_quality, EXCLUDED.stress,
              EXCLUDED.medication_taken, EXCLUDED.medication_note, EXCLUDED.flare_up, EXCLUDED.note)
          -- The entry's own copy of its amounts: a racing identical resend sees the winner's (see the schema).
          OR coalesce(e.logged_amounts, (SELECT coalesce(jsonb_object_agg(l.activity_key, l.amount), '{}'::jsonb)
                FROM activity_logs l WHERE l.clinic_id = e.clinic_id AND l.entry_id = e.id))
             IS DISTINCT FROM ${newActivities}::jsonb)
      RETURNING e.clinic_id, e.id, e.version, e.updated_at
    ),
    gone AS (
      DELETE FROM activity_logs l USING up
      WHERE l.clinic_id = up.clinic_id AND l.entry_id = up.id
        AND l.activity_key NOT IN (SELECT jsonb_object_keys(${newActivities}::jsonb))
    ),
    logged AS (
      INSERT INTO activity_logs (clinic_id, entry_id, activity_key, amount)
      SELECT up.clinic_id, up.id, k.key, k.value::int
      FROM up, jsonb_each_text(${newActivities}::jsonb) AS k(key, value)
      ON CONFLICT (clinic_id, entry_id, activity_key) DO UPDATE SET amount = EXCLUDED.amount
    ),
    audited AS (
      INSERT INTO audit_events (action, actor_user_id, clinic_id, patient_id, ip, user_agent, details)
      SELECT CASE WHEN up.version = 1 THEN 'diary.create' ELSE 'diary.update' END, ${actor.userId},
        ${actor.clinicId}, ${actor.patientId}, ${w.meta.ip}, ${w.meta.userAgent?.slice(0, 300) ?? null},
        jsonb_build_object('date', ${w.date}::text, 'version', up.version)
      FROM up
    ),
    kept AS (
      INSERT INTO triage_summaries AS s (clinic_id, patient_id, last_entry_date, recent_days, plan_version)
      SELECT ${actor.clinicId}, ${actor.patientId}, ${w.date}::date, jsonb_build_array(${day}::jsonb),
        ${w.planVersion} FROM up
      ON CONFLICT (clinic_id, patient_id) DO UPDATE SET
        last_entry_date = greatest(s.last_entry_date, EXCLUDED.last_entry_date),
        recent_days = (
          SELECT coalesce(jsonb_agg(d ORDER BY d->>'date'), '[]'::jsonb)
          FROM (SELECT d FROM jsonb_array_elements(s.recent_days) AS x(d) WHERE d->>'date' <> ${w.date}
                UNION ALL SELECT ${day}::jsonb) AS y(d)
          WHERE (d->>'date')::date >= greatest(s.last_entry_date, EXCLUDED.last_entry_date) - ${w.keptDays}::int),
        updated_at = now()
      WHERE s.clinic_id = ${actor.clinicId} AND s.plan_version = ${w.planVersion}
      RETURNING s.patient_id
    )
    SELECT up.id, up.version, up.updated_at, EXISTS (SELECT 1 FROM kept) AS summary_kept FROM up`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    status: Number(row.version) === 1 ? "created" : "updated",
    summaryKept: row.summary_kept,
    entry: {
      date: w.date,
      version: Number(row.version),
      clientId,
      updatedAt: new Date(row.updated_at),
      ...f,
      activities: sorted,
    },
  };
}
