import { and, count, desc, eq } from "drizzle-orm";
import type { Actor, RequestMeta, StaffActor } from "../actor";
import type { Queryable } from "../client";
import { auditEvents, patients, users } from "../schema";

export type AuditEvent = {
  action: string;
  actorUserId?: string | null;
  clinicId?: string | null;
  patientId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
};

/** Appends to the audit trail. Pass the transaction of the change it records, so both land or neither. */
export async function recordAudit(q: Queryable, event: AuditEvent): Promise<void> {
  await q.insert(auditEvents).values({
    action: event.action,
    actorUserId: event.actorUserId ?? null,
    clinicId: event.clinicId ?? null,
    patientId: event.patientId ?? null,
    ip: event.ip ?? null,
    userAgent: event.userAgent?.slice(0, 300) ?? null,
    details: event.details ?? null,
  });
}

/** Who did it and from where, for an event made by a signed-in user. */
export function auditSource(
  actor: { userId: string; clinicId: string },
  meta: RequestMeta,
): Pick<AuditEvent, "actorUserId" | "clinicId" | "ip" | "userAgent"> {
  return { actorUserId: actor.userId, clinicId: actor.clinicId, ip: meta.ip, userAgent: meta.userAgent };
}

export const ACCESS_HISTORY_PAGE_SIZE = 50;

export type AccessHistoryEntry = {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  actorRole: "clinician" | "patient" | "admin" | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
};

/**
 * Everything the audit trail holds about one patient's record, newest first, one page at a time. Null when
 * the patient is not in the staff member's clinic, so the caller answers "not found".
 */
export async function listPatientAccessHistory(
  q: Queryable,
  actor: StaffActor,
  patientId: string,
  page: number,
  pageSize = ACCESS_HISTORY_PAGE_SIZE,
): Promise<{ entries: AccessHistoryEntry[]; total: number } | null> {
  const [patient] = await q
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  if (!patient) return null;
  const onPatient = eq(auditEvents.patientId, patient.id);
  const [entries, [total]] = await Promise.all([
    q
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        action: auditEvents.action,
        actorName: users.name,
        actorRole: users.role,
        ip: auditEvents.ip,
        userAgent: auditEvents.userAgent,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(onPatient)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    q.select({ n: count() }).from(auditEvents).where(onPatient),
  ]);
  return { entries, total: total?.n ?? 0 };
}

/** Appends an audit event about one patient (or, with null, the clinic), done by this actor from this request. */
export function auditPatient(
  tx: Queryable,
  actor: Actor,
  patientId: string | null,
  meta: RequestMeta,
  action: string,
  details?: Record<string, unknown>,
) {
  return recordAudit(tx, {
    action,
    actorUserId: actor.userId,
    clinicId: actor.clinicId,
    patientId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    details,
  });
}
