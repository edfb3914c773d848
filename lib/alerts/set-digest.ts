import "server-only";
import { recordAudit, auditSource } from "@/db/queries/audit";
import { setOwnDigest } from "@/db/queries/digests";
import type { StaffContext } from "@/lib/actions/context";
import { ok, type Result } from "@/lib/result/result";

/** A staff member turns their own morning digest on or off (audited when it changes). */
export async function setDigest(
  { db, actor, meta }: StaffContext,
  on: boolean,
): Promise<Result<{ on: boolean }>> {
  await db.transaction(async (tx) => {
    if (await setOwnDigest(tx, actor, on))
      await recordAudit(tx, { ...auditSource(actor, meta), action: on ? "digest.on" : "digest.off" });
  });
  return ok({ on });
}
