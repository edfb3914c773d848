import "server-only";
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { draftFromActivity } from "@/components/clinic/plan-editor/draft";
import { PlanEditor } from "@/components/clinic/plan-editor/plan-editor";
import { auditView } from "@/lib/auth/audit-view";
import { staffPatientFromParams } from "@/lib/auth/staff-patient";
import { getPlan, listTemplates } from "@/db/queries/plans";
import { planQuotasOn, revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { savePlanAction } from "./actions";

export const metadata: Metadata = { title: "Plan editor" };

export default async function PlanEditorPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { actor, db, patient } = await staffPatientFromParams(params);
  const [plan, templates] = await Promise.all([getPlan(db, actor, patient.id), listTemplates(db, actor)]);
  await auditView(db, actor, "patient.plan.view", patient.id);

  const today = localDate(patient.timeZone);
  const revisions = plan?.revisions ?? [];
  // Edit what is in force today, or the latest revision if it starts later.
  const base = revisionOn(revisions, today) ?? revisions.at(-1);
  const currentQuotas = Object.fromEntries(
    planQuotasOn(revisions, today).map((q) => [q.activity.key, q.quota]),
  );

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { label: "Patients", href: "/patients" },
          { label: patient.fullName, href: `/patients/${patient.id}` },
          { label: "Plan" },
        ]}
      />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {plan ? "Revise the plan" : "Create a plan"} for {patient.fullName}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          Quotas start below what the patient can do today and rise on schedule, whatever the pain. Dates are
          in the patient&apos;s time zone ({patient.timeZone.replaceAll("_", " ")}).
        </p>
      </div>
      <PlanEditor
        patientId={patient.id}
        today={today}
        expectedVersion={plan?.version ?? 0}
        existing={revisions.map((r) => ({
          number: r.number,
          effectiveFrom: r.effectiveFrom,
          activities: r.activities,
        }))}
        initialDrafts={(base?.activities ?? []).map((a) => draftFromActivity(a, today))}
        currentQuotas={currentQuotas}
        templates={templates}
        save={savePlanAction.bind(null, patient.id)}
      />
    </div>
  );
}
