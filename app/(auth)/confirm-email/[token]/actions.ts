"use server";

import "server-only";

import { z } from "zod";
import { asFormState, defineAction } from "@/lib/actions/define-action";
import { confirmEmailChange } from "@/lib/auth/confirm-email-change";
import type { FormState } from "@/lib/forms/form-state";
import { fail, ok } from "@/lib/result/result";
import { resetTokenSchema } from "@/lib/validation/auth";

const SPENT = "This link can no longer be used. Reload the page to see why.";

/** Anonymous: the link's token is the credential, and only this POST changes anything (not opening it). */
const confirm = defineAction(
  { role: "anonymous", input: z.object({ token: z.string() }), read: (token: string) => ({ token }) },
  async ({ db, meta }, input) => {
    const token = resetTokenSchema.safeParse(input.token);
    if (!token.success) return fail({ code: "conflict", message: SPENT });
    const result = await confirmEmailChange(db, { token: token.data }, meta);
    switch (result.status) {
      case "link_problem":
        return fail({ code: "conflict", message: SPENT });
      case "taken":
        return fail({
          code: "conflict",
          message: "This email is already used by another Gradus account. Please ask your clinic.",
        });
      case "changed":
        return ok({
          status: "success" as const,
          message: `Your email is confirmed. From now on, sign in with ${result.email}.`,
        });
    }
  },
);

/** Bound to the link's token; the form carries nothing else. */
export async function confirmEmailChangeAction(token: string, _prev: FormState): Promise<FormState> {
  return asFormState(await confirm(token));
}
