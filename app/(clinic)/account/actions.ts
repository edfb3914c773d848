"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TotpConfirmState } from "@/components/clinic/two-factor-panel";
import { formAction, voidAction } from "@/lib/actions/define-action";
import { beginTotpSetup, confirmTotpSetup, disableTotp } from "@/lib/auth/two-factor-setup";
import { map, ok } from "@/lib/result/result";
import { totpCodeSchema } from "@/lib/validation/auth";

const code = (formData: FormData) => ({ code: formData.get("code") ?? "" });

/** Staff only: starts setting up an authenticator (a new secret, not yet in force). */
export const beginTotpAction = voidAction(
  { role: "staff-account", input: z.object({}), read: () => ({}), limited: false },
  async (ctx) => {
    await beginTotpSetup(ctx);
    revalidatePath("/account");
    return ok();
  },
);

/** Staff only: proves the app shows the right code; answers the recovery codes to show once. */
export const confirmTotpAction: (prev: TotpConfirmState, formData: FormData) => Promise<TotpConfirmState> =
  formAction(
    { role: "staff-account", input: totpCodeSchema, read: code, limited: false },
    async (ctx, input) =>
      map(await confirmTotpSetup(ctx, input.code), ({ recoveryCodes }) => ({
        status: "success" as const,
        recoveryCodes,
      })),
  );

const disableInput = z.object({ password: z.string().min(1, "Enter your password.").max(256) });

/** Staff only: turns two-step sign-in off after the password is given again. */
export const disableTotpAction = formAction(
  {
    role: "staff-account",
    input: disableInput,
    read: (formData) => ({ password: formData.get("password") ?? "" }),
    limited: false,
  },
  async (ctx, input) =>
    map(await disableTotp(ctx, input.password), () => {
      revalidatePath("/account");
      return { status: "success" as const };
    }),
);
