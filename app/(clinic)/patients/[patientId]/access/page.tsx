import "server-only";
import type { Metadata } from "next";
import { AccessHistoryTable } from "@/components/clinic/access-history-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ACCESS_HISTORY_PAGE_SIZE, listPatientAccessHistory } from "@/db/queries/audit";
import { clinicTimeZone } from "@/db/queries/patients";
import { auditView } from "@/lib/auth/audit-view";
import { staffPatientFromParams } from "@/lib/auth/staff-patient";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Access history" };

/** Who viewed or changed this patient's record, when and from where (the audit trail, read-only). */
export default async function AccessHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { actor, db, patient } = await staffPatientFromParams(params);
  const page = pageNumberSchema.parse((await searchParams).page);
  // Recorded before reading, so this very view is the first row the clinician sees.
  await auditView(db, actor, "patient.access_history.view", patient.id, { page });
  const [history, timeZone] = await Promise.all([
    listPatientAccessHistory(db, actor, patient.id, page),
    clinicTimeZone(db, actor),
  ]);
  if (!history) notFound();
  const pages = Math.max(1, Math.ceil(history.total / ACCESS_HISTORY_PAGE_SIZE));
  const base = `/patients/${patient.id}/access`;

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { label: "Patients", href: "/patients" },
          { label: patient.fullName, href: `/patients/${patient.id}` },
          { label: "Access history" },
        ]}
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Access history</h1>
        <p className="mt-1 text-sm text-slate-600">
          Everyone who viewed or changed {patient.fullName}’s record, newest first. Times are in{" "}
          {timeZone.replaceAll("_", " ")}. This list cannot be edited.
        </p>
      </div>
      <Card>
        <AccessHistoryTable entries={history.entries} timeZone={timeZone} />
        <nav aria-label="Access history pages" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          {page > 1 ? (
            <ButtonLink href={`${base}?page=${page - 1}`} variant="secondary">
              Newer
            </ButtonLink>
          ) : null}
          <span className="text-slate-600">
            Page {Math.min(page, pages)} of {pages} · {history.total} events
          </span>
          {page < pages ? (
            <ButtonLink href={`${base}?page=${page + 1}`} variant="secondary">
              Older
            </ButtonLink>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
