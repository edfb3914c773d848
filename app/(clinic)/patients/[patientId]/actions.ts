"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { activityKeyField } from "@/lib/validation/activity-key";
import { getDb } from "@/db/client";
import { acknowledgeAlert } from "@/db/queries/alerts";
import { DATA_ALERT_RULES } from "@/lib/domain/alerts";
import { triageRow } from "@/lib/triage/triage-list";
import { reissueInvite } from "@/db/queries/invites";
import { inviteUrl } from "@/lib/auth/invite-url";
import { requestMeta } from "@/lib/auth/request-meta";
import { requireStaff } from "@/lib/auth/session";
import { confirmActivityBaseline, respondToFlareUp, type ReviseResult } from "@/lib/plans/revise-plan";
import type { FormState } from "@/lib/validation/form-state";
import { plainText } from "@/lib/validation/text";
import { patientIdSchema, patientNotFound, type InviteFormState } from "@/lib/validation/patient";
import { flareUpInput, issuesByPath, localDateField } from "@/lib/validation/plan";

const notAvailable: InviteFormState = patientNotFound;

export async function reissueInviteAction(
  patientId: string,
  _prev: InviteFormState,
): Promise<InviteFormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return notAvailable;
  const result = await reissueInvite(await getDb(), actor, id.data, await requestMeta());
  if (!result.ok) {
    return result.reason === "has_account"
      ? { status: "error", message: "This patient has already set up their account." }
      : notAvailable;
  }
  return {
    status: "success",
    patientId: id.data,
    inviteUrl: await inviteUrl(result.token),
    inviteExpiresAt: result.expiresAt.toISOString(),
  };
}

const planFormFailure = (result: Exclude<ReviseResult, { ok: true }>): FormState =>
  result.reason === "conflict"
    ? {
        status: "error",
        message:
          "This plan changed since you opened the page. Reload it to see the latest revision, then try again.",
      }
    : result.reason === "invalid"
      ? {
          status: "error",
          message: Object.values(result.errors)[0] ?? "Please check the values.",
          fieldErrors: result.errors,
        }
      : notAvailable;

export async function flareUpAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return notAvailable;
  const parsed = flareUpInput.safeParse({
    response: formData.get("response"),
    days: formData.get("days"),
    reason: formData.get("reason"),
    expectedVersion: Number(formData.get("expectedVersion")),
  });
  if (!parsed.success)
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: issuesByPath(parsed.error),
    };
  const result = await respondToFlareUp(await getDb(), actor, id.data, parsed.data, await requestMeta());
  if (!result.ok) return planFormFailure(result);
  revalidatePath(`/patients/${id.data}`);
  return {
    status: "success",
    message:
      parsed.data.response === "hold"
        ? `Quotas held for ${parsed.data.days} days.`
        : "Quotas stepped back one level.",
  };
}

export async function confirmBaselineAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  const key = activityKeyField.safeParse(formData.get("key"));
  const expectedVersion = z.coerce.number().int().min(1).safeParse(formData.get("expectedVersion"));
  // Only asked for when the goal date has passed or is too soon for the measured start.
  const goalDate = localDateField.optional().safeParse(formData.get("goalDate") ?? undefined);
  if (!id.success || !key.success || !expectedVersion.success) return notAvailable;
  if (!goalDate.success)
    return { status: "error", message: "Enter a date.", fieldErrors: { goalDate: "Enter a date." } };
  const result = await confirmActivityBaseline(
    await getDb(),
    actor,
    id.data,
    { key: key.data, expectedVersion: expectedVersion.data, goalDate: goalDate.data },
    await requestMeta(),
  );
  if (!result.ok) return planFormFailure(result);
  // The baseline panel disappears with the confirmation, so the page itself says it worked.
  redirect(`/patients/${id.data}?saved=baseline`);
}

const acknowledgeInput = z.object({
  rule: z.enum(DATA_ALERT_RULES),
  note: plainText()
    .max(300)
    .transform((v) => (v === "" ? null : v)),
});

/**
 * Acknowledges an open alert. The alert is worked out again here: the form only names the rule, and the
 * diary day it is acknowledged up to is the server's own, so a posted date cannot silence future alerts.
 */
export async function acknowledgeAlertAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  const parsed = acknowledgeInput.safeParse({ rule: formData.get("rule"), note: formData.get("note") ?? "" });
  if (!id.success || !parsed.success) {
    return {
      status: "error",
      message: "That alert could not be acknowledged. Reload the page and try again.",
    };
  }
  const db = await getDb();
  const row = await triageRow(db, actor, id.data);
  if (!row) return notAvailable;
  const open = row.alerts.find((a) => a.rule === parsed.data.rule);
  if (!open)
    return {
      status: "error",
      message: "This alert is no longer open. Reload the page to see the current alerts.",
    };
  const done = await acknowledgeAlert(
    db,
    actor,
    { patientId: id.data, rule: open.rule, upToDate: open.evidenceDate, note: parsed.data.note },
    await requestMeta(),
  );
  if (!done) return notAvailable;
  redirect(`/patients/${id.data}?saved=ack`);
}
