import type { Queryable } from "@/db/client";
import { inviteUrl } from "@/lib/auth/invite-url";
import { enqueueEmail } from "./enqueue-email";
import { inviteEmail } from "./messages";

/**
 * Puts an invite email in the outbox, in the caller's transaction (the one that stored the invite). For
 * patient invites (lib/patients/) and staff invites alike: pass the link's full URL for a staff invite page,
 * or leave it out to use the patient invite page for `token`.
 */
export async function enqueueInviteEmail(
  q: Queryable,
  input: { clinicId: string; to: string; token: string; expiresAt: Date; url?: string },
  now = new Date(),
) {
  const days = Math.max(1, Math.round((input.expiresAt.getTime() - now.getTime()) / 86_400_000));
  const content = inviteEmail({ url: input.url ?? inviteUrl(input.token), days });
  return enqueueEmail(q, { clinicId: input.clinicId, to: input.to, kind: "invite", ...content });
}
