"use server";

import "server-only";
import { z } from "zod";
import { lookUpInvite } from "@/db/queries/invites";
import { defineAction, asFormState } from "@/lib/actions/define-action";
import { acceptInvite } from "@/lib/auth/accept-invite";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import type { FormState } from "@/lib/forms/form-state";
import { fail, invalid, ok } from "@/lib/result/result";
import { newPasswordSchema } from "@/lib/validation/auth";
import { inviteTokenSchema } from "@/lib/validation/invite";

const SPENT = "This invite link can no longer be used. Reload the page to see why.";
const spent = () => fail({ code: "conflict", message: SPENT });

/** Anonymous: the invite's token is the credential. A bad token reads as a spent link, whatever else is wrong. */
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
  async (ctx, input) => {
    const token = inviteTokenSchema.safeParse(input.token);
    if (!token.success) return spent();
    const invite = await lookUpInvite(ctx.db, token.data);
    if (!invite.ok) return spent();
    const weakness = passwordWeakness(input.password, [invite.email, ...invite.patientName.split(/\s+/)]);
    if (weakness) return invalid({ password: weakness }, "Please choose another password.");
    const result = await acceptInvite(ctx, {
      token: token.data,
      passwordHash: await hashPassword(input.password),
    });
    if (!result.ok) return spent();
    await signIn("credentials", {
      email: result.value.email,
      password: input.password,
      redirectTo: "/portal",
    });
    return ok({ status: "success" as const });
  },
);

export async function acceptInviteAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return asFormState(await accept(token, formData));
}
