"use server";

import "server-only";
import { z } from "zod";
import { lookUpStaffInvite } from "@/db/queries/staff";
import { asFormState, defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import type { FormState } from "@/lib/forms/form-state";
import { fail, invalid, ok } from "@/lib/result/result";
import { acceptStaffInvite } from "@/lib/staff/accept-staff-invite";
import { newPasswordSchema } from "@/lib/validation/auth";
import { inviteTokenSchema } from "@/lib/validation/invite";

const SPENT = "This invitation link can no longer be used. Reload the page to see why.";
const spent = () => fail({ code: "conflict", message: SPENT });

/** Anonymous: a new clinician or admin chooses a password; the account is created in the inviting clinic. */
const accept = defineAction(
  {
    role: "anonymous",
    input: z.intersection(z.object({ token: z.string() }), newPasswordSchema),
    read: (token: string, formData: FormData) => ({
      token,
      password: formData.get("password"),
      confirm: formData.get("confirm"),
    }),
  },
  async ({ db, meta }, input) => {
    const token = inviteTokenSchema.safeParse(input.token);
    if (!token.success) return spent();
    const invite = await lookUpStaffInvite(db, token.data);
    if (!invite.ok) return spent();
    const weakness = passwordWeakness(input.password, [invite.email, ...invite.name.split(/\s+/)]);
    if (weakness) return invalid({ password: weakness }, "Please choose another password.");
    const result = await acceptStaffInvite(db, token.data, await hashPassword(input.password), meta);
    if (!result.ok && result.problem === "taken")
      return fail({
        code: "conflict",
        message:
          "This email already has a Gradus account. Sign in with it, or ask your clinic's admin to invite another address.",
      });
    if (!result.ok) return spent();
    await signIn("credentials", { email: result.email, password: input.password, redirectTo: "/patients" });
    return ok({ status: "success" as const });
  },
);

export async function acceptStaffInviteAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return asFormState(await accept(token, formData));
}
