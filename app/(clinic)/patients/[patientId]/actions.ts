"use server";

import { getDb } from "@/db/client";
import { reissueInvite } from "@/db/queries/invites";
import { inviteUrl } from "@/lib/auth/invite-url";
import { requestMeta } from "@/lib/auth/request-meta";
import { requireStaff } from "@/lib/auth/session";
import { patientIdSchema, type InviteFormState } from "@/lib/validation/patient";

const notAvailable: InviteFormState = {
  status: "error",
  message: "This patient was not found in your clinic.",
};

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
