import "server-only";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { setOwnMonitoringRecord } from "@/db/queries/clinics";
import type { StaffContext } from "@/lib/actions/context";
import { fail, ok, type Result } from "@/lib/result/result";

/** An admin turns the clinic's remote-monitoring record on or off. Nothing is deleted by turning it off. */
export async function setMonitoringRecord(
  { db, actor, meta }: StaffContext,
  input: { on: boolean },
): Promise<Result> {
  if (actor.role !== "admin") return fail({ code: "forbidden" });
  await db.transaction(async (tx) => {
    await setOwnMonitoringRecord(tx, actor, input.on);
    await recordAudit(tx, {
      ...auditSource(actor, meta),
      action: "clinic.settings.monitoring_record",
      details: { on: input.on },
    });
  });
  return ok();
}
