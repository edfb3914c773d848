import "server-only";
import type { Actor } from "@/db/actor";
import type { SessionRow } from "@/db/queries/sessions";

/** The actor a valid session stands for; a patient account not linked to a patient record grants nothing. */
export function actorFromSession(row: SessionRow): Actor | null {
  const base = { userId: row.userId, clinicId: row.clinicId, name: row.name, sessionId: row.sessionId };
  if (row.role === "patient")
    return row.patientId ? { ...base, kind: "patient", role: "patient", patientId: row.patientId } : null;
  return { ...base, kind: "staff", role: row.role, mustSetUpTotp: row.clinicRequiresTotp && !row.totpOn };
}
