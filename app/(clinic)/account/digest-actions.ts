"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { setDigest } from "@/lib/alerts/set-digest";
import { map } from "@/lib/result/result";

/** Staff only: their own morning digest email on or off. */
export const saveDigestAction = formAction(
  {
    role: "staff",
    input: z.object({ digest: z.enum(["on", "off"]) }),
    read: (formData) => ({ digest: formData.get("digest") === "on" ? "on" : "off" }),
    invalid: "The setting could not be read. Reload and try again.",
  },
  async (ctx, input) =>
    map(await setDigest(ctx, input.digest === "on"), ({ on }) => {
      revalidatePath("/account");
      return {
        status: "success" as const,
        message: on ? "You will get the morning digest." : "No morning digest.",
      };
    }),
);
