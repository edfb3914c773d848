import type { Queryable } from "../client";
import { auditEvents } from "../schema";

export type AuditEvent = {
  action: string;
  actorUserId?: string | null;
  clinicId?: string | null;
  patientId?: string | null;
  ip?: string | null;
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
    details: event.details ?? null,
  });
}
