import "server-only";
import type { Database } from "@/db/client";
import { auditPatient } from "@/db/queries/audit";
import { closeChangeRequest, getClinicChangeRequest } from "@/db/queries/change-requests";
import { getPlan } from "@/db/queries/plans";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { revisionReasonFor } from "@/lib/domain/change-requests";
import { revisePlan } from "@/lib/plans/revise-plan";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import type { DeclineChangeRequestInput } from "@/lib/validation/change-request";
import type { PlanInput } from "@/lib/validation/plan";

export const ALREADY_ANSWERED = "This request was already answered. Reload the page to see the answer.";
/** A request id this patient does not have (their record is in the clinic, so no "not found" leak). */
export const NO_SUCH_REQUEST = "This patient has no such open request. Reload the page.";

/** Thrown inside the transaction to roll it back and answer `result`. */
class Rollback {
  constructor(readonly result: Result<never>) {}
}

async function inTransaction<T>(db: Database, run: (tx: Database) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction(async (tx) => {
      const result = await run(tx as unknown as Database);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/**
 * Accept or Adjust: the plan revision made in the editor (through revisePlan, the one way plans change) and
 * the request's answer, in one transaction. The revision's reason records the request. Of two answers at once
 * one wins; the other is told the request was already answered, and its revision is not kept.
 */
export async function answerWithRevision(
  { db, actor, meta }: StaffContext,
  patientId: string,
  requestId: string,
  answer: "accepted" | "adjusted",
  input: PlanInput,
): Promise<Result<{ version: number }>> {
  return inTransaction(db, async (tx) => {
    if (!(await lockClinicPatient(tx, actor, patientId))) return notFound();
    const request = await getClinicChangeRequest(tx, actor, patientId, requestId);
    if (!request) return conflict(NO_SUCH_REQUEST);
    if (request.status !== "open") return conflict(ALREADY_ANSWERED);
    const reason = revisionReasonFor(request, answer, input.reason);
    const revised = await revisePlan({ db: tx, actor, meta }, patientId, { ...input, reason });
    if (!revised.ok) return revised;
    const number = (await getPlan(tx, actor, patientId))?.revisions.at(-1)?.number ?? null;
    if (
      !(await closeChangeRequest(tx, actor, patientId, requestId, {
        status: answer,
        message: null,
        revisionNumber: number,
      }))
    )
      return conflict(ALREADY_ANSWERED);
    await auditPatient(tx, actor, patientId, meta, "change_request.answer", {
      requestId,
      answer,
      revisionNumber: number,
    });
    return ok(revised.value);
  });
}

/** Decline, with a short message the patient reads. No quota changes. */
export async function declineChangeRequest(
  { db, actor, meta }: StaffContext,
  patientId: string,
  input: DeclineChangeRequestInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, patientId))) return notFound();
    const closed = await closeChangeRequest(tx, actor, patientId, input.requestId, {
      status: "declined",
      message: input.message,
      revisionNumber: null,
    });
    if (!closed) {
      const exists = await getClinicChangeRequest(tx, actor, patientId, input.requestId);
      return conflict(exists ? ALREADY_ANSWERED : NO_SUCH_REQUEST);
    }
    await auditPatient(tx, actor, patientId, meta, "change_request.answer", {
      requestId: input.requestId,
      answer: "declined",
    });
    return ok();
  });
}
