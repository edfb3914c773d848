import type { RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { setClinicRequiresTotp } from "@/db/queries/two-factor";

/** Turns the clinic's two-step sign-in requirement on or off (admins only; the caller checks the role). */
export async function setRequireTotp(
  db: Database,
  actor: StaffActor,
  required: boolean,
  meta: RequestMeta,
): Promise<void> {
  if (actor.role !== "admin") throw new Error("only clinic admins change security settings");
  await db.transaction(async (tx) => {
    await setClinicRequiresTotp(tx, actor.clinicId, required);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.require_totp",
      details: { required },
    });
  });
}
