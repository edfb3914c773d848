import "server-only";
import { auditPatient } from "@/db/queries/audit";
import {
  closeOpenEpisode,
  insertEpisode,
  lockEpisodes,
  patientCareFacts,
  setPatientCareStatus,
} from "@/db/queries/episodes";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { localDate } from "@/lib/domain/local-time";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import type { DischargeInput } from "@/lib/validation/episode";

/**
 * Ends the patient's episode of care: the reason and the physio's maintenance message are kept on the
 * episode, the patient becomes "discharged" (their portal turns read-only, alerts and reminders stop), and
 * the audit trail records it, all in one transaction. A patient with no stored episode was in their first
 * one since they were added: it is written now, already closed.
 */
export async function dischargePatient(
  { db, actor, meta }: StaffContext,
  input: { patientId: string } & DischargeInput,
): Promise<Result<{ episode: number }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, input.patientId);
    if (!patient) return notFound();
    if (patient.status === "discharged") return conflict("This patient has already been discharged.");
    const facts = (await patientCareFacts(tx, actor, input.patientId))!;
    const today = localDate(facts.timeZone);
    const stored = await lockEpisodes(tx, actor, input.patientId);
    const open = stored.find((e) => e.endedOn === null);
    const discharge = {
      endedOn: today,
      dischargeReason: input.reason,
      maintenanceMessage: input.maintenanceMessage,
    };
    let number = open?.number;
    if (!open) {
      number = (stored[0]?.number ?? 0) + 1;
      await insertEpisode(tx, {
        clinicId: actor.clinicId,
        patientId: input.patientId,
        number,
        startedOn: stored.length === 0 ? localDate(facts.timeZone, facts.createdAt) : today,
        ...discharge,
        dischargedById: actor.userId,
        dischargedAt: new Date(),
      });
    } else await closeOpenEpisode(tx, actor, input.patientId, discharge);
    await setPatientCareStatus(tx, actor, input.patientId, "discharged");
    await auditPatient(tx, actor, input.patientId, meta, "episode.discharge", {
      episode: number,
      reason: input.reason,
      previousStatus: patient.status,
    });
    return ok({ episode: number! });
  });
}
