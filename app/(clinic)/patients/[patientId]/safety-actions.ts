"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { acknowledgeRedFlag, resumePlan } from "@/db/queries/red-flags";
import { requestMeta } from "@/lib/auth/request-meta";
import { noteOwnWrite } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { issuesByPath, type FormState } from "@/lib/validation/form-state";
import { patientIdSchema, patientNotFound } from "@/lib/validation/patient";
import { redFlagAckInput } from "@/lib/validation/safety";

const notFound: FormState = patientNotFound;

/** A clinician acknowledges a red-flag answer, saying what they did. */
export async function acknowledgeRedFlagAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return notFound;
  const parsed = redFlagAckInput.safeParse({
    reportId: formData.get("reportId"),
    note: formData.get("note") ?? "",
  });
  if (!parsed.success) {
    const fieldErrors = issuesByPath(parsed.error);
    return { status: "error", message: fieldErrors.note ?? "Reload the page and try again.", fieldErrors };
  }
  const result = await acknowledgeRedFlag(
    await getDb(),
    actor,
    { patientId: id.data, ...parsed.data },
    await requestMeta(),
  );
  if (result === "not_found") return notFound;
  await noteOwnWrite(actor);
  redirect(`/patients/${id.data}?saved=${result === "already" ? "red-flag-already" : "red-flag"}`);
}

/** Only a clinician resumes a plan paused by an emergency answer, once every such answer is acknowledged. */
export async function resumePlanAction(patientId: string, _prev: FormState): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return notFound;
  const result = await resumePlan(await getDb(), actor, id.data, await requestMeta());
  switch (result) {
    case "not_found":
      return notFound;
    case "unacknowledged":
      return {
        status: "error",
        message: "Acknowledge the emergency answer first, with a note of what you did.",
      };
    case "not_paused":
      return {
        status: "error",
        message: "The plan is not paused. Reload the page to see its current state.",
      };
    default:
      await noteOwnWrite(actor);
      redirect(`/patients/${id.data}?saved=resumed`);
  }
}
