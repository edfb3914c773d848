import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { getOwnClinicDetails, setOwnClinicDetails } from "@/db/queries/clinics";
import type { StaffContext } from "@/lib/actions/context";
import { fail, ok, type Result } from "@/lib/result/result";
import type { ClinicDetailsInput } from "@/lib/validation/clinic";

/**
 * An admin sets the clinic's name, address (the summary's letterhead and the portal footer), default time
 * zone for new patients and the time of the daily diary reminder. Audited with before and after.
 */
export async function updateClinicDetails(
  { db, actor, meta }: StaffContext,
  input: ClinicDetailsInput,
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  await db.transaction(async (tx) => {
    const before = await getOwnClinicDetails(tx, actor);
    await setOwnClinicDetails(tx, actor, input);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.details",
      details: { before, after: input },
    });
  });
  return ok();
}
