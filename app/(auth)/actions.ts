"use server";

import { signOut } from "@/lib/auth/config";
import { changePassword } from "@/lib/auth/change-password";
import { endSession } from "@/lib/auth/end-session";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { formAction, voidAction } from "@/lib/actions/define-action";
import { map, ok } from "@/lib/result/result";
import { changePasswordSchema } from "@/lib/validation/auth";

/** Any signed-in user (staff or patient) changes their own password; their other sessions end. */
export const changePasswordAction = formAction(
  {
    role: "signed-in",
    input: changePasswordSchema,
    read: (formData) => ({
      current: formData.get("current") ?? "",
      password: formData.get("password") ?? "",
      confirm: formData.get("confirm") ?? "",
    }),
    limited: false,
  },
  async (ctx, input) =>
    map(await changePassword(ctx, input), ({ endedSessions }) => ({
      status: "success" as const,
      message:
        endedSessions > 0
          ? `Password changed. You were signed out on ${endedSessions} other ${endedSessions === 1 ? "device" : "devices"}.`
          : "Password changed.",
    })),
);

/**
 * Ends the session on the server first, so the cookie is worthless even if a copy of it survives. Anonymous:
 * signing out works for any session, even a half-finished one (two-step sign-in not set up), and never refuses.
 */
export const signOutAction = voidAction(
  { role: "anonymous", input: z.object({}), read: () => ({}) },
  async ({ db, meta }) => {
    const actor = await getActor();
    if (actor) await endSession(db, actor.sessionId, meta);
    // next-auth clears the cookie; its signOut event (lib/auth/config.ts) finds the session already ended.
    await signOut({ redirectTo: "/sign-in" });
    return ok();
  },
);
