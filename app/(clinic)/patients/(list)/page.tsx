import "server-only";
import type { Metadata } from "next";
import { TriageFilters, type TriageView } from "@/components/clinic/triage-filters";
import { TriageTable } from "@/components/clinic/triage-table";
import { ButtonLink } from "@/components/ui/button";
import { auditView } from "@/lib/auth/audit-view";
import { readDbFor } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { triageList } from "@/lib/triage/triage-list";
import { OpenRequestsPanel } from "@/components/clinic/change-requests/open-requests-panel";
import { listClinicChangeRequests } from "@/db/queries/change-requests";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({
  searchParams,
}: {
  searchParams: Promise<{ view?: string; q?: string }>;
}) {
  const actor = await requireStaff();
  const params = await searchParams;
  const view: TriageView =
    params.view === "attention" || params.view === "mine" || params.view === "discharged"
      ? params.view
      : "all";
  const query = (params.q ?? "").trim().slice(0, 80);
  const db = await readDbFor(actor);
  const [rows, openRequests] = await Promise.all([
    triageList(db, actor),
    listClinicChangeRequests(db, actor, { onlyOpen: true, limit: 20 }),
  ]);
  // One event per list view (not one per row): names and alert levels of the whole clinic were shown.
  await auditView(db, actor, "patient.list.view", null, { patients: rows.length });

  const named = query ? rows.filter((r) => r.fullName.toLowerCase().includes(query.toLowerCase())) : rows;
  // The active views leave discharged patients out; they have a view of their own.
  const inCare = named.filter((r) => r.status !== "discharged");
  const byView: Record<TriageView, typeof rows> = {
    all: inCare,
    attention: inCare.filter((r) => r.alerts.length > 0),
    mine: inCare.filter((r) => r.primaryClinicianId === actor.userId),
    discharged: named.filter((r) => r.status === "discharged"),
  };
  const shown = byView[view];
  // The headline counts the whole clinic, whatever the search: a name search must not say "0 need attention".
  const needAttention = rows.filter((r) => r.alerts.length > 0).length;
  const critical = rows.filter((r) => r.alerts[0]?.severity === "critical").length;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Patients</h1>
          <p className="text-sm text-slate-600">
            {rows.length} in your clinic · {needAttention} need attention
            {critical > 0 ? ` · ${critical} critical` : ""}
          </p>
        </div>
        <ButtonLink href="/patients/new">Add patient</ButtonLink>
      </div>
      <OpenRequestsPanel requests={openRequests} />
      <TriageFilters
        view={view}
        query={query}
        counts={{
          all: byView.all.length,
          attention: byView.attention.length,
          mine: byView.mine.length,
          discharged: byView.discharged.length,
        }}
      />
      {shown.length > 0 ? (
        <TriageTable rows={shown} currentUserId={actor.userId} />
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">
            {rows.length === 0 ? "No patients yet" : "No patients match"}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {rows.length === 0
              ? "Add your first patient to send them an invite."
              : "Try another filter or name."}
          </p>
        </div>
      )}
    </div>
  );
}
