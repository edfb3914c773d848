import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { insertMessage, markRead } from "@/db/queries/messages";
import { lockClinicPatient } from "@/db/queries/scope";
import type { PatientContext, StaffContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { MessageInput } from "@/lib/validation/message";
import { messageStored } from "./notify";

export type SentMessage = { id: string; createdAt: Date; status: "created" | "resent" };

/**
 * A clinician's (or admin's) message in a patient's thread. A resent client id stores nothing new and answers
 * the stored message. The writer has read the thread up to their own message.
 */
export async function sendMessage(
  { db, actor, meta }: StaffContext,
  input: { patientId: string; message: MessageInput },
): Promise<Result<SentMessage>> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, input.patientId))) return notFound();
    const row = await insertMessage(tx, {
      clinicId: actor.clinicId,
      patientId: input.patientId,
      clientId: input.message.clientId,
      author: "staff",
      authorUserId: actor.userId,
      body: input.message.body,
    });
    if (row.created) {
      await markRead(tx, {
        clinicId: actor.clinicId,
        patientId: input.patientId,
        userId: actor.userId,
        upTo: row.createdAt,
      });
      await auditPatient(tx, actor, input.patientId, meta, "message.send", { messageId: row.id });
      await messageStored(tx, actor, {
        clinicId: actor.clinicId,
        patientId: input.patientId,
        messageId: row.id,
        author: "staff",
      });
    }
    return ok({ id: row.id, createdAt: row.createdAt, status: row.created ? "created" : "resent" });
  });
}

/** The signed-in patient's message to their care team; idempotent by client id like the diary. */
export async function sendOwnMessage(
  { db, actor, meta }: PatientContext,
  input: { message: MessageInput },
): Promise<Result<SentMessage>> {
  return db.transaction(async (tx) => {
    const row = await insertMessage(tx, {
      clinicId: actor.clinicId,
      patientId: actor.patientId,
      clientId: input.message.clientId,
      author: "patient",
      authorUserId: actor.userId,
      body: input.message.body,
    });
    // The same client id from the other side of the thread is not this message: refuse, store nothing.
    if (!row.created && row.author !== "patient") return notFound();
    if (row.created) {
      await markRead(tx, {
        clinicId: actor.clinicId,
        patientId: actor.patientId,
        userId: actor.userId,
        upTo: row.createdAt,
      });
      await auditPatient(tx, actor, actor.patientId, meta, "message.send", { messageId: row.id });
      await messageStored(tx, actor, {
        clinicId: actor.clinicId,
        patientId: actor.patientId,
        messageId: row.id,
        author: "patient",
      });
    }
    return ok({ id: row.id, createdAt: row.createdAt, status: row.created ? "created" : "resent" });
  });
}
