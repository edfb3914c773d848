import "server-only";
import { insertAlertAck } from "@/db/queries/alerts";
import { auditPatient } from "@/db/queries/audit";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import type { DataAlertRule } from "@/lib/domain/alerts";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import { triageRow } from "@/lib/triage/triage-list";

/**
 * Acknowledges an open alert. The alert is worked out again here: the form only names the rule, and the diary
 * day it is acknowledged up to is the server's own, so a posted date cannot silence future alerts.
 */
export async function acknowledgeAlert(
  ctx: StaffContext,
  ack: { patientId: string; rule: DataAlertRule; note: string | null },
): Promise<Result> {
  const { db, actor, meta } = ctx;
  const row = await triageRow(db, actor, ack.patientId);
  if (!row) return notFound();
  const open = row.alerts.find((a) => a.rule === ack.rule);
  if (!open) return conflict("This alert is no longer open. Reload the page to see the current alerts.");
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, ack.patientId))) return notFound();
    const stored = { patientId: ack.patientId, rule: open.rule, upToDate: open.evidenceDate, note: ack.note };
    await insertAlertAck(tx, actor, stored);
    await auditPatient(tx, actor, ack.patientId, meta, "alert.acknowledge", {
      rule: stored.rule,
      upToDate: stored.upToDate,
    });
    return ok();
  });
}
