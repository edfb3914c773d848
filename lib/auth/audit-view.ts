import "server-only";
import type { Actor } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { requestMeta } from "./request-meta";

/**
 * Records that a signed-in user looked at patient data (HIPAA 164.312(b)): who, which patient, what, from
 * which address and browser; the time is the row's own UTC timestamp.
 */
export async function auditView(
  q: Queryable,
  actor: Actor,
  action: string,
  patientId: string | null,
  details?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(q, { ...auditSource(actor, await requestMeta()), action, patientId, details });
}
