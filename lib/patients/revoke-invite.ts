import { revokeInvites } from "@/db/queries/invites";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/** Stops the patient's unused invite links (a link sent to a wrong address); audited by the query. */
export async function revokeInvite(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ revoked: number }>> {
  const result = await revokeInvites(db, actor, patientId, meta);
  if (result.ok) return ok({ revoked: result.revoked });
  return result.reason === "has_account"
    ? conflict("This patient has already set up their account.")
    : notFound();
}
