import "server-only";
import type { RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { findTotp, setClinicRequiresTotp } from "@/db/queries/two-factor";

/**
 * Turns the clinic's two-step sign-in requirement on or off (admins only). The admin must use it first, so
 * turning it on never shuts out the person who did.
 */
export async function setRequireTotp(
  db: Database,
  actor: StaffActor,
  required: boolean,
  meta: RequestMeta,
): Promise<"ok" | "admin_without_totp"> {
  if (actor.role !== "admin") throw new Error("only clinic admins change security settings");
  if (required && !(await findTotp(db, actor.userId))?.confirmedAt) return "admin_without_totp";
  await db.transaction(async (tx) => {
    await setClinicRequiresTotp(tx, actor.clinicId, required);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.require_totp",
      details: { required },
    });
  });
  return "ok";
}
