import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { insertEpisode, lockEpisodes, patientCareFacts, setPatientCareStatus } from "@/db/queries/episodes";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { localDate } from "@/lib/domain/local-time";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/**
 * Takes a discharged patient back into care as a new episode from today (their own calendar day). Earlier
 * episodes stay as they were; the physio then writes the new plan, measuring a new baseline.
 */
export async function reopenEpisode(
  { db, actor, meta }: StaffContext,
  input: { patientId: string },
): Promise<Result<{ episode: number }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, input.patientId);
    if (!patient) return notFound();
    if (patient.status !== "discharged") return conflict("This patient is already in care.");
    const facts = (await patientCareFacts(tx, actor, input.patientId))!;
    const stored = await lockEpisodes(tx, actor, input.patientId);
    const number = (stored[0]?.number ?? 0) + 1;
    await insertEpisode(tx, {
      clinicId: actor.clinicId,
      patientId: input.patientId,
      number,
      startedOn: localDate(facts.timeZone),
      openedById: actor.userId,
    });
    await setPatientCareStatus(tx, actor, input.patientId, facts.userId ? "active" : "invited");
    await auditPatient(tx, actor, input.patientId, meta, "episode.reopen", { episode: number });
    return ok({ episode: number });
  });
}
