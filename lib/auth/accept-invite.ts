import "server-only";
import { recordAudit } from "@/db/queries/audit";
import {
  claimInvite,
  insertPatientUser,
  invitedPatient,
  linkPatientAccount,
  lockInvitedPatient,
  lookUpInvite,
  type InviteProblem,
} from "@/db/queries/invites";
import type { Database } from "@/db/client";
import type { RequestMeta } from "@/db/actor";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/** Why an invite could not be used: "not found" for a token never issued, else a conflict naming the problem. */
const refuse = (problem: InviteProblem) =>
  problem === "not_found" ? notFound() : conflict(undefined, { problem });

/**
 * Turns a valid invite into a patient account, in one transaction with its audit event. The token is the
 * credential here: there is no signed-in actor yet. The invite is claimed by a conditional UPDATE, so two
 * simultaneous submissions of one link create one account and the other gets "used".
 */
export async function acceptInvite(
  { db, meta }: { db: Database; meta: RequestMeta },
  input: { token: string; passwordHash: string },
): Promise<Result<{ userId: string; email: string }>> {
  return db
    .transaction(async (tx): Promise<Result<{ userId: string; email: string }>> => {
      // Lock the patient before the invite, the same order as reissuing one, so the two cannot deadlock.
      // The token is all that is known here: the one lookup that cannot name the clinic (a named exception
      // in scripts/cluster/distribution-check.ts); every statement after it does.
      const target = await invitedPatient(tx, input.token);
      if (!target) return refuse("not_found");
      await lockInvitedPatient(tx, target.clinicId, target.patientId);
      const claimed = await claimInvite(tx, target.clinicId, input.token);
      if (!claimed) {
        const state = await lookUpInvite(tx, input.token);
        return refuse(state.ok ? "used" : state.problem);
      }
      const patient = await lockInvitedPatient(tx, target.clinicId, claimed);
      if (!patient || patient.userId) return refuse("used");
      const userId = await insertPatientUser(tx, patient, input.passwordHash);
      // Another account took this email after the invite was sent: undo the claim so nothing changes.
      if (!userId) throw new EmailTaken();
      await linkPatientAccount(tx, patient.clinicId, patient.id, userId);
      await recordAudit(tx, {
        action: "invite.accept",
        actorUserId: userId,
        clinicId: patient.clinicId,
        patientId: patient.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
      return ok({ userId, email: patient.email });
    })
    .catch((error: unknown) => {
      if (error instanceof EmailTaken) return refuse("used");
      throw error;
    });
}

class EmailTaken extends Error {}
