import "server-only";
import { clinicKeepsMonitoringRecord } from "@/db/queries/clinics";
import { auditSource, recordAudit } from "@/db/queries/audit";
import { getDb } from "@/db/client";
import { readDbFor } from "@/lib/auth/own-writes";
import { requestMeta } from "@/lib/auth/request-meta";
import { staffOrStatus } from "@/lib/auth/session";
import { attachment, notFound, refusal } from "@/lib/interop/download";
import { clinicTimeZone } from "@/db/queries/patients";
import { monthlyCsv } from "@/lib/monitoring-record/monthly-csv";
import { monthlyList } from "@/lib/monitoring-record/monthly-list";
import { monthParam } from "@/lib/monitoring-record/month-param";

/**
 * The clinic's monthly monitoring list as CSV (clinicians and admins of the clinic). 404 when the clinic does
 * not keep the record or the month is malformed; audited like every export.
 */
export async function GET(request: Request) {
  const who = await staffOrStatus();
  if ("status" in who) return refusal(who.status);
  const db = await readDbFor(who.actor);
  const month = monthParam(
    new URL(request.url).searchParams.get("month"),
    await clinicTimeZone(db, who.actor),
  );
  if (month === null || !(await clinicKeepsMonitoringRecord(db, who.actor))) return notFound();
  const rows = await monthlyList(db, who.actor, month);
  await recordAudit(await getDb(), {
    ...auditSource(who.actor, await requestMeta()),
    action: "clinic.monitoring.export",
    details: { month, format: "csv", patients: rows.length },
  });
  return attachment(monthlyCsv(rows), "text/csv; charset=utf-8", `monitoring-record-${month}.csv`);
}
