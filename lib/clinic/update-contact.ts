import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { setOwnClinicContact } from "@/db/queries/clinics";
import type { StaffContext } from "@/lib/actions/context";
import { fail, ok, type Result } from "@/lib/result/result";
import type { ClinicContactInput } from "@/lib/validation/clinic";

/**
 * An admin sets the clinic's phone, out-of-hours line and country (which decides the emergency number on
 * the patient's urgent and emergency screens). Admins only; one transaction with its audit event.
 */
export async function updateClinicContact(
  { db, actor, meta }: StaffContext,
  input: ClinicContactInput,
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  await db.transaction(async (tx) => {
    await setOwnClinicContact(tx, actor, input);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.contact",
      details: { ...input },
    });
  });
  return ok();
}
