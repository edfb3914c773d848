"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { patientFormAction } from "@/lib/actions/define-action";
import { acknowledgeAlert } from "@/lib/alerts/acknowledge-alert";
import { markReviewed } from "@/lib/alerts/mark-reviewed";
import { inviteUrl } from "@/lib/auth/invite-url";
import { reissueInvite } from "@/lib/patients/reissue-invite";
import { revokeInvite } from "@/lib/patients/revoke-invite";
import { confirmActivityBaseline } from "@/lib/plans/confirm-baseline";
import { respondToFlareUp } from "@/lib/plans/respond-to-flare-up";
import { map, ok, type Result } from "@/lib/result/result";
import { activityKeyField } from "@/lib/validation/activity-key";
import { alertAckInput, reviewInput } from "@/lib/validation/alert";
import type { InviteFormState } from "@/lib/validation/patient";
import { flareUpInput, localDateField } from "@/lib/validation/plan";

export const reissueInviteAction = patientFormAction(
  { input: z.object({}), read: () => ({}) },
  async (ctx): Promise<Result<InviteFormState>> => {
    const issued = await reissueInvite(ctx, ctx.patientId);
    if (!issued.ok) return issued;
    return ok({
      status: "success",
      patientId: ctx.patientId,
      inviteUrl: inviteUrl(issued.value.token),
      inviteExpiresAt: issued.value.expiresAt.toISOString(),
    });
  },
);

/** Stops the patient's unused invite links (the panel asks for confirmation first). */
export const revokeInviteAction = patientFormAction({ input: z.object({}), read: () => ({}) }, async (ctx) =>
  map(await revokeInvite(ctx, ctx.patientId), ({ revoked }) => ({
    status: "success" as const,
    message: revoked > 0 ? "The invite link no longer works." : "There was no open invite link to stop.",
  })),
);

export const flareUpAction = patientFormAction(
  {
    input: flareUpInput,
    read: (formData) => ({
      response: formData.get("response"),
      days: formData.get("days"),
      reason: formData.get("reason"),
      expectedVersion: Number(formData.get("expectedVersion")),
    }),
  },
  async (ctx, input) =>
    map(await respondToFlareUp(ctx, ctx.patientId, input), () => {
      revalidatePath(`/patients/${ctx.patientId}`);
      return {
        status: "success",
        message:
          input.response === "hold"
            ? `Quotas held for ${input.days} days.`
            : "Quotas stepped back one level.",
      };
    }),
);

export const confirmBaselineAction = patientFormAction(
  {
    input: z.object({
      key: activityKeyField,
      expectedVersion: z.coerce.number().int().min(1),
      // Only asked for when the goal date has passed or is too soon for the measured start.
      goalDate: localDateField.optional(),
    }),
    invalid: (fields) =>
      Object.keys(fields).every((f) => f === "goalDate")
        ? "Enter a date."
        : "This patient was not found in your clinic.",
  },
  async (ctx, input) => {
    const done = await confirmActivityBaseline(ctx, ctx.patientId, input);
    if (!done.ok) return done;
    // The baseline panel disappears with the confirmation, so the page itself says it worked.
    redirect(`/patients/${ctx.patientId}?saved=baseline`);
  },
);

/** The alert is worked out again on the server (lib/alerts/acknowledge-alert.ts); the form names only the rule. */
export const acknowledgeAlertAction = patientFormAction(
  {
    input: alertAckInput,
    read: (formData) => ({ rule: formData.get("rule"), note: formData.get("note") ?? "" }),
    invalid: "That alert could not be acknowledged. Reload the page and try again.",
  },
  async (ctx, input) => {
    const done = await acknowledgeAlert(ctx, { patientId: ctx.patientId, ...input });
    if (!done.ok) return done;
    redirect(`/patients/${ctx.patientId}?saved=ack`);
  },
);

/** One review: every open diary alert acknowledged with one note (lib/alerts/mark-reviewed.ts). */
export const markReviewedAction = patientFormAction(
  {
    input: reviewInput,
    read: (formData) => ({ note: formData.get("note") ?? "" }),
    invalid: "The note could not be saved: keep it under 300 characters of plain text.",
  },
  async (ctx, input) => {
    const done = await markReviewed(ctx, { patientId: ctx.patientId, note: input.note });
    if (!done.ok) return done;
    redirect(`/patients/${ctx.patientId}?saved=reviewed`);
  },
);
