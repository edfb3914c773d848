import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MonthlyTable } from "@/components/clinic/monitoring-record/monthly-table";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { clinicKeepsMonitoringRecord } from "@/db/queries/clinics";
import { clinicTimeZone } from "@/db/queries/patients";
import { auditView } from "@/lib/auth/audit-view";
import { readDbFor } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { MONITORING_RULE_TEXT } from "@/lib/domain/monitoring-record";
import { monthParam, shiftMonth } from "@/lib/monitoring-record/month-param";
import { monthlyList } from "@/lib/monitoring-record/monthly-list";

export const metadata: Metadata = { title: "Monitoring record" };

/** The clinic's monthly remote-monitoring list (clinicians and admins), when the clinic keeps the record. */
export default async function MonitoringPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string }>;
}) {
  const actor = await requireStaff();
  const db = await readDbFor(actor);
  const zone = await clinicTimeZone(db, actor);
  const month = monthParam((await searchParams).month, zone);
  if (month === null) notFound();
  if (!(await clinicKeepsMonitoringRecord(db, actor)))
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Monitoring record</h1>
        <Notice tone="info">
          This clinic does not keep the remote-monitoring record. An admin can turn it on in Clinic settings.
        </Notice>
      </div>
    );
  const rows = await monthlyList(db, actor, month);
  await auditView(await getDb(), actor, "clinic.monitoring.view", null, { month, patients: rows.length });
  const label = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Monitoring record, {label}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Link
            href={`/clinic/monitoring?month=${shiftMonth(month, -1)}`}
            className="rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-slate-100"
          >
            Previous month
          </Link>
          <Link
            href={`/clinic/monitoring?month=${shiftMonth(month, 1)}`}
            className="rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-slate-100"
          >
            Next month
          </Link>
          <a
            href={`/api/clinic/export/monitoring.csv?month=${month}`}
            className="rounded-md border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            Download CSV
          </a>
        </div>
      </div>
      <Card>
        <h2 className="font-semibold">How each number is counted</h2>
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
          {Object.values(MONITORING_RULE_TEXT).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-600">
          This is a record for the clinic, not a claim: nothing is billed or sent anywhere. Open any number to
          see the dates behind it.
        </p>
      </Card>
      {rows.length === 0 ? <p className="text-slate-600">No patients yet.</p> : <MonthlyTable rows={rows} />}
    </div>
  );
}
