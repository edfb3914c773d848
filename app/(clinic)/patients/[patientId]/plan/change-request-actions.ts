"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { patientAction } from "@/lib/actions/define-action";
import {
  ALREADY_ANSWERED,
  answerWithRevision,
  NO_SUCH_REQUEST,
} from "@/lib/change-requests/answer-change-request";
import { toPlanSaveResult, type PlanSaveResult } from "@/lib/plans/plan-save-result";
import { planInput } from "@/lib/validation/plan";

const answerInput = z.object({
  requestId: z.uuid(),
  answer: z.enum(["accepted", "adjusted"]),
  plan: planInput,
});

const answer = patientAction(
  {
    input: answerInput,
    read: (requestId: unknown, kind: unknown, raw: unknown) => ({ requestId, answer: kind, plan: raw }),
  },
  async (ctx, input) => {
    const saved = await answerWithRevision(ctx, ctx.patientId, input.requestId, input.answer, input.plan);
    if (saved.ok) revalidatePath(`/patients/${ctx.patientId}`);
    return saved;
  },
);

/**
 * The plan editor's save when it answers a change request (Accept or Adjust): the revision and the answer in
 * one transaction. Bound by the page to the patient, the request and the kind of answer.
 */
export async function answerWithRevisionAction(
  patientId: string,
  requestId: string,
  kind: "accepted" | "adjusted",
  raw: unknown,
): Promise<PlanSaveResult> {
  const result = await answer(patientId, requestId, kind, raw);
  const message = !result.ok && result.error.code === "conflict" ? result.error.message : undefined;
  if (message === ALREADY_ANSWERED || message === NO_SUCH_REQUEST) return { status: "answered" };
  if (
    !result.ok &&
    result.error.code === "invalid" &&
    Object.keys(result.error.fields).some((f) => !f.startsWith("plan."))
  )
    return { status: "not_found" };
  if (!result.ok && result.error.code === "invalid")
    return {
      status: "invalid",
      errors: Object.fromEntries(
        Object.entries(result.error.fields).map(([k, v]) => [k.replace(/^plan\./, ""), v]),
      ),
    };
  return toPlanSaveResult(result);
}
