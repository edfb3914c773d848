import type { RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { setOwnClinicContact } from "@/db/queries/clinics";
import type { ClinicContactInput } from "@/lib/validation/clinic";

/**
 * An admin sets the clinic's phone, out-of-hours line and country (which decides the emergency number on
 * the patient's urgent and emergency screens). Admins only; one transaction with its audit event.
 */
export async function updateClinicContact(
  { db, actor, meta }: { db: Database; actor: StaffActor; meta: RequestMeta },
  input: ClinicContactInput,
): Promise<"ok"> {
  if (actor.role !== "admin") throw new Error("only clinic admins change clinic details");
  await db.transaction(async (tx) => {
    await setOwnClinicContact(tx, actor, input);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.contact",
      details: { ...input },
    });
  });
  return "ok";
}
