"use server";

import { getDb } from "@/db/client";
import { signOut } from "@/lib/auth/config";
import { endSession } from "@/lib/auth/end-session";
import { requestMeta } from "@/lib/auth/request-meta";
import { getActor } from "@/lib/auth/session";

/** Ends the session on the server first, so the cookie is worthless even if a copy of it survives. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSession(await getDb(), actor.sessionId, await requestMeta());
  // next-auth clears the cookie; its signOut event (lib/auth/config.ts) finds the session already ended.
  await signOut({ redirectTo: "/sign-in" });
}
