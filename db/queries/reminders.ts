import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { PatientActor } from "../actor";
import type { Queryable } from "../client";
import { clinics, patients, plans, reminderPreferences, reminderSends, users } from "../schema";
import {
  DEFAULT_REMINDER_PREFERENCES,
  type ReminderKind,
  type ReminderPreferences,
} from "@/lib/domain/reminders/due";
import { ofPatient } from "./scope";

const columns = {
  diary: reminderPreferences.diary,
  questionnaire: reminderPreferences.questionnaire,
  checkIn: reminderPreferences.checkIn,
  email: reminderPreferences.email,
  push: reminderPreferences.push,
  sendAt: reminderPreferences.sendAt,
  quietFrom: reminderPreferences.quietFrom,
  quietUntil: reminderPreferences.quietUntil,
  pausedUntil: reminderPreferences.pausedUntil,
};

/** The preferences of a patient who never changed them: the clinic's reminder time when it set one. */
const clinicDefaults = (reminderTime: string | null): ReminderPreferences =>
  reminderTime ? { ...DEFAULT_REMINDER_PREFERENCES, sendAt: reminderTime } : DEFAULT_REMINDER_PREFERENCES;

/** A patient's reminder preferences in their clinic (the clinic's defaults when they never changed them). */
export async function getReminderPreferences(
  q: Queryable,
  clinicId: string,
  patientId: string,
): Promise<ReminderPreferences> {
  const [row] = await q
    .select({ prefs: columns, hasPrefs: reminderPreferences.patientId, reminderTime: clinics.reminderTime })
    .from(clinics)
    .leftJoin(
      reminderPreferences,
      and(eq(reminderPreferences.clinicId, clinics.id), eq(reminderPreferences.patientId, patientId)),
    )
    .where(eq(clinics.id, clinicId));
  if (!row || row.hasPrefs === null) return clinicDefaults(row?.reminderTime ?? null);
  return row.prefs as ReminderPreferences;
}

export const getOwnReminderPreferences = (q: Queryable, actor: PatientActor) =>
  getReminderPreferences(q, actor.clinicId, actor.patientId);

/** Stores a patient's preferences (the caller has checked the patient is in this clinic). */
export async function saveReminderPreferences(
  q: Queryable,
  clinicId: string,
  patientId: string,
  prefs: ReminderPreferences,
): Promise<void> {
  const values = { ...prefs, updatedAt: new Date() };
  await q
    .insert(reminderPreferences)
    .values({ patientId, clinicId, ...values })
    .onConflictDoUpdate({
      target: [reminderPreferences.clinicId, reminderPreferences.patientId],
      set: values,
      setWhere: eq(reminderPreferences.clinicId, clinicId),
    });
}

/**
 * Claims a patient's reminder for a local day: true for the one caller whose row went in, false for every
 * other (another instance, a second run, a restart). The unique key (patient, local date) decides.
 */
export async function claimReminderDay(
  q: Queryable,
  claim: {
    clinicId: string;
    patientId: string;
    kind: ReminderKind;
    localDate: string;
    dueAt: Date;
    channels: string;
  },
): Promise<boolean> {
  const rows = await q
    .insert(reminderSends)
    .values(claim)
    .onConflictDoNothing({
      target: [reminderSends.clinicId, reminderSends.patientId, reminderSends.localDate],
    })
    .returning({ id: reminderSends.id });
  return rows.length === 1;
}

/** Reminders sent to a patient (newest first), for tests and the settings page. */
export async function listReminderSends(q: Queryable, clinicId: string, patientId: string) {
  return q
    .select({ kind: reminderSends.kind, localDate: reminderSends.localDate, sentAt: reminderSends.sentAt })
    .from(reminderSends)
    .where(and(eq(reminderSends.clinicId, clinicId), eq(reminderSends.patientId, patientId)))
    .orderBy(sql`${reminderSends.localDate} desc`);
}

/** Every clinic's id: the reminder job works through one clinic at a time. */
export async function listClinicIds(q: Queryable): Promise<string[]> {
  return (await q.select({ id: clinics.id }).from(clinics)).map((r) => r.id);
}

export type ReminderCandidate = {
  clinicId: string;
  patientId: string;
  userId: string;
  email: string;
  timeZone: string;
  status: "invited" | "active" | "paused" | "discharged";
  hasPlan: boolean;
  prefs: ReminderPreferences;
};

/**
 * The patients of one clinic who could get a reminder: they have an enabled account and are in care (active).
 * Paused (red flag), discharged and invited patients are left out here, and again by the pure rules.
 */
export async function listReminderCandidates(q: Queryable, clinicId: string): Promise<ReminderCandidate[]> {
  const rows = await q
    .select({
      clinicId: patients.clinicId,
      patientId: patients.id,
      userId: users.id,
      email: users.email,
      timeZone: patients.timeZone,
      status: patients.status,
      planId: plans.id,
      prefs: columns,
      hasPrefs: reminderPreferences.patientId,
      reminderTime: clinics.reminderTime,
    })
    .from(patients)
    .innerJoin(clinics, eq(clinics.id, patients.clinicId))
    .innerJoin(users, and(eq(users.id, patients.userId), eq(users.clinicId, clinicId)))
    .leftJoin(plans, and(ofPatient(plans), eq(plans.clinicId, clinicId)))
    .leftJoin(
      reminderPreferences,
      and(ofPatient(reminderPreferences), eq(reminderPreferences.clinicId, clinicId)),
    )
    .where(
      and(
        eq(patients.clinicId, clinicId),
        eq(patients.status, "active"),
        isNotNull(patients.userId),
        sql`${users.disabledAt} is null`,
      ),
    );
  return rows.map((r) => ({
    clinicId: r.clinicId,
    patientId: r.patientId,
    userId: r.userId,
    email: r.email,
    timeZone: r.timeZone,
    status: r.status,
    hasPlan: r.planId !== null,
    prefs: r.hasPrefs === null ? clinicDefaults(r.reminderTime) : (r.prefs as ReminderPreferences),
  }));
}
