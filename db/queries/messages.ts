import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { messageReads, messages, messageTemplates, patients, users } from "../schema";
import { clinicOrPatient, clinicPatient, ofPatient } from "./scope";

export type Message = {
  id: string;
  clientId: string;
  author: "patient" | "staff";
  authorName: string;
  body: string;
  createdAt: Date;
};

const columns = {
  id: messages.id,
  clientId: messages.clientId,
  author: messages.author,
  authorName: users.name,
  body: messages.body,
  createdAt: messages.createdAt,
};

/** The patient's thread as the care team sees it, oldest first; empty outside the actor's clinic. */
export async function listThread(db: Database, actor: StaffActor, patientId: string): Promise<Message[]> {
  return db
    .select(columns)
    .from(messages)
    .innerJoin(patients, and(ofPatient(messages), eq(patients.clinicId, messages.clinicId)))
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .where(and(clinicPatient(actor, patientId), eq(messages.clinicId, actor.clinicId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

/** The signed-in patient's own thread, oldest first. */
export async function listOwnThread(db: Database, actor: PatientActor): Promise<Message[]> {
  return db
    .select(columns)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .where(and(eq(messages.clinicId, actor.clinicId), eq(messages.patientId, actor.patientId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

export type NewMessage = {
  clinicId: string;
  patientId: string;
  clientId: string;
  author: "patient" | "staff";
  authorUserId: string;
  body: string;
};

/**
 * Stores a message unless its client id is already stored for this thread (a resend or a double tap), and
 * answers the stored row either way, with whether it is new. Call inside a transaction that scoped the patient.
 */
export async function insertMessage(
  tx: Queryable,
  message: NewMessage,
): Promise<{ id: string; createdAt: Date; created: boolean; author: "patient" | "staff"; body: string }> {
  const [row] = await tx
    .insert(messages)
    .values(message)
    .onConflictDoNothing({ target: [messages.clinicId, messages.patientId, messages.clientId] })
    .returning({
      id: messages.id,
      createdAt: messages.createdAt,
      author: messages.author,
      body: messages.body,
    });
  if (row) return { ...row, created: true };
  const [stored] = await tx
    .select({ id: messages.id, createdAt: messages.createdAt, author: messages.author, body: messages.body })
    .from(messages)
    .where(
      and(
        eq(messages.clinicId, message.clinicId),
        eq(messages.patientId, message.patientId),
        eq(messages.clientId, message.clientId),
      ),
    );
  return { ...stored!, created: false };
}

/** Moves a reader's read mark forward to `upTo` (never back). Call with a patient already scoped. */
export async function markRead(
  q: Queryable,
  read: { clinicId: string; patientId: string; userId: string; upTo: Date },
): Promise<void> {
  await q
    .insert(messageReads)
    .values({ clinicId: read.clinicId, patientId: read.patientId, userId: read.userId, readUpTo: read.upTo })
    .onConflictDoUpdate({
      target: [messageReads.clinicId, messageReads.patientId, messageReads.userId],
      set: { readUpTo: sql`greatest("message_reads"."read_up_to", excluded.read_up_to)` },
    });
}

/** The newest message time of a thread (null when empty): what "read up to now" means. */
export async function latestMessageAt(
  q: Queryable,
  clinicId: string,
  patientId: string,
): Promise<Date | null> {
  const [row] = await q
    .select({ at: sql<string | null>`max(${messages.createdAt})` })
    .from(messages)
    .where(and(eq(messages.clinicId, clinicId), eq(messages.patientId, patientId)));
  return row?.at ? new Date(row.at) : null;
}

// Written with table names in full: drizzle leaves columns unqualified in a one-table select, and inside these
// subqueries an unqualified "clinic_id" would mean message_reads' own column. Read marks come back through
// JavaScript dates (milliseconds), so message times are compared at that precision.
const unreadFor = (userId: string, author: "patient" | "staff") =>
  sql<number>`count(*) FILTER (WHERE "messages"."author" = ${author} AND date_trunc('milliseconds', "messages"."created_at") > coalesce((SELECT r.read_up_to FROM message_reads r WHERE r.clinic_id = "messages"."clinic_id" AND r.patient_id = "messages"."patient_id" AND r.user_id = ${userId}), '-infinity'::timestamptz))::int`;

/** Care-team messages the patient has not read yet (the portal's Messages tab). */
export async function ownUnreadCount(db: Database, actor: PatientActor): Promise<number> {
  const [row] = await db
    .select({ n: unreadFor(actor.userId, "staff") })
    .from(messages)
    .where(and(eq(messages.clinicId, actor.clinicId), eq(messages.patientId, actor.patientId)));
  return row?.n ?? 0;
}

/**
 * Per patient of the actor's clinic (or one of them): the patient's messages this clinician has not read,
 * and, when the patient wrote last, the oldest and newest of their messages since the care team's last one
 * (the messages waiting for an answer).
 */
export async function clinicThreadStates(db: Database, actor: StaffActor, onlyPatientId?: string) {
  const lastStaff = sql`coalesce((SELECT max(m2.created_at) FROM messages m2 WHERE m2.clinic_id = "messages"."clinic_id" AND m2.patient_id = "messages"."patient_id" AND m2.author = 'staff'), '-infinity'::timestamptz)`;
  const rows = await db
    .select({
      patientId: messages.patientId,
      unread: unreadFor(actor.userId, "patient"),
      waitingSince: sql<
        string | null
      >`min(${messages.createdAt}) FILTER (WHERE ${messages.author} = 'patient' AND ${messages.createdAt} > ${lastStaff})`,
      waitingLatest: sql<
        string | null
      >`max(${messages.createdAt}) FILTER (WHERE ${messages.author} = 'patient' AND ${messages.createdAt} > ${lastStaff})`,
    })
    .from(messages)
    .innerJoin(patients, and(ofPatient(messages), eq(patients.clinicId, messages.clinicId)))
    .where(and(clinicOrPatient(actor, onlyPatientId), eq(messages.clinicId, actor.clinicId)))
    .groupBy(messages.clinicId, messages.patientId);
  return new Map(
    rows.map((r) => [
      r.patientId,
      {
        unread: r.unread,
        waitingSince: r.waitingSince ? new Date(r.waitingSince) : null,
        waitingLatest: r.waitingLatest ? new Date(r.waitingLatest) : null,
      },
    ]),
  );
}

export type ThreadState =
  ReturnType<typeof clinicThreadStates> extends Promise<Map<string, infer S>> ? S : never;

/** The actor's clinic's messages from `since` on, for the monitoring record (who wrote when, no text). */
export async function clinicMessageTimes(
  db: Database,
  actor: StaffActor,
  since: Date,
  onlyPatientId?: string,
) {
  return db
    .select({ patientId: messages.patientId, at: messages.createdAt, author: messages.author })
    .from(messages)
    .innerJoin(patients, and(ofPatient(messages), eq(patients.clinicId, messages.clinicId)))
    .where(
      and(
        clinicOrPatient(actor, onlyPatientId),
        eq(messages.clinicId, actor.clinicId),
        gt(messages.createdAt, since),
      ),
    );
}

export type MessageTemplate = { id: string; title: string; body: string };

/** The clinic's reply templates, by title. */
export async function listTemplates(db: Database, actor: StaffActor): Promise<MessageTemplate[]> {
  return db
    .select({ id: messageTemplates.id, title: messageTemplates.title, body: messageTemplates.body })
    .from(messageTemplates)
    .where(eq(messageTemplates.clinicId, actor.clinicId))
    .orderBy(asc(messageTemplates.title), desc(messageTemplates.createdAt));
}

export async function insertTemplate(
  tx: Queryable,
  actor: StaffActor,
  template: { title: string; body: string },
): Promise<{ id: string }> {
  const [row] = await tx
    .insert(messageTemplates)
    .values({ ...template, clinicId: actor.clinicId, createdById: actor.userId })
    .returning({ id: messageTemplates.id });
  return row!;
}

/** Deletes one of the actor's clinic's templates; false when there is no such template there. */
export async function deleteTemplate(tx: Queryable, actor: StaffActor, templateId: string): Promise<boolean> {
  const gone = await tx
    .delete(messageTemplates)
    .where(and(eq(messageTemplates.id, templateId), eq(messageTemplates.clinicId, actor.clinicId)))
    .returning({ id: messageTemplates.id });
  return gone.length > 0;
}
