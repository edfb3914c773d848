"use server";

import "server-only";
import { getDb } from "@/db/client";
import { lookUpStaffInvite } from "@/db/queries/staff";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { requestMeta } from "@/lib/auth/request-meta";
import { refused, type FormState } from "@/lib/forms/form-state";
import { acceptStaffInvite } from "@/lib/staff/accept-staff-invite";
import { newPasswordSchema } from "@/lib/validation/auth";
import { inviteTokenSchema } from "@/lib/validation/invite";

const spent: FormState = {
  status: "error",
  message: "This invitation link can no longer be used. Reload the page to see why.",
};

/** A new clinician or admin chooses a password: the account is created in the inviting clinic. */
export async function acceptStaffInviteAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsedToken = inviteTokenSchema.safeParse(token);
  if (!parsedToken.success) return spent;
  const parsed = newPasswordSchema.safeParse({
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) return refused(parsed.error);
  const db = await getDb();
  const invite = await lookUpStaffInvite(db, parsedToken.data);
  if (!invite.ok) return spent;
  const weakness = passwordWeakness(parsed.data.password, [invite.email, ...invite.name.split(/\s+/)]);
  if (weakness)
    return {
      status: "error",
      message: "Please choose another password.",
      fieldErrors: { password: weakness },
    };
  const result = await acceptStaffInvite(
    db,
    parsedToken.data,
    await hashPassword(parsed.data.password),
    await requestMeta(),
  );
  if (!result.ok) return spent;
  await signIn("credentials", {
    email: result.email,
    password: parsed.data.password,
    redirectTo: "/patients",
  });
  return { status: "success" };
}
