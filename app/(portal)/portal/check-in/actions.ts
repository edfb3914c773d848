"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { confirmOwnAdvice, submitOwnRedFlagReport } from "@/db/queries/red-flags";
import { requestMeta } from "@/lib/auth/request-meta";
import { requirePatient } from "@/lib/auth/session";
import { localDate } from "@/lib/domain/local-time";
import { redFlagTier } from "@/lib/domain/red-flags";
import { ADVICE_PATH } from "@/lib/safety/advice-gate";
import { ownCheckInStatus, ownHistoryKnown } from "@/lib/safety/check-in-status";
import { issuesByPath, type FormState } from "@/lib/validation/form-state";
import { checkInFromForm } from "@/lib/validation/safety";

/**
 * Stores the check-in. The tier and the reason it was asked are worked out here, never taken from the form.
 * Urgent and emergency answers lead to the advice screen, which the portal layout shows until it is read.
 */
export async function submitCheckInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePatient();
  const db = await getDb();
  const parsed = checkInFromForm(formData, await ownHistoryKnown(db, actor));
  if (!parsed.success)
    return {
      status: "error",
      message: "Please answer every question with yes or no.",
      fieldErrors: issuesByPath(parsed.error),
    };
  const patient = await getOwnPatient(db, actor);
  if (!patient) return { status: "error", message: "Your record could not be found. Please sign in again." };
  const today = localDate(patient.timeZone);
  const due = await ownCheckInStatus(db, actor, today);
  const stored = await submitOwnRedFlagReport(
    db,
    actor,
    {
      clientId: parsed.data.clientId,
      trigger: due?.trigger ?? "weekly",
      answeredOn: today,
      answers: parsed.data.answers,
      tier: redFlagTier(parsed.data.answers),
    },
    await requestMeta(),
  );
  // A resent submission id is the answer already stored (a retry): its advice is the stored one's, so the
  // patient is never sent to advice that does not exist, nor told "all clear" over a stored emergency.
  redirect(stored.tier === "none" ? "/portal?checked=1" : ADVICE_PATH);
}

/** The patient confirms they read the urgent or emergency advice. */
export async function confirmAdviceAction(reportId: string): Promise<void> {
  const actor = await requirePatient();
  const id = z.uuid().safeParse(reportId);
  if (id.success) await confirmOwnAdvice(await getDb(), actor, id.data, await requestMeta());
  redirect("/portal");
}
