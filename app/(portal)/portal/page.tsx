import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { PlanExplainer } from "@/components/portal/plan-explainer";
import { TodayQuotas } from "@/components/portal/today-quotas";
import { formatLocalDate } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { requirePatient } from "@/lib/auth/session";
import { greetingFor, localDate, localHour } from "@/lib/domain/local-time";

export const metadata: Metadata = { title: "Home" };

export default async function PortalHome() {
  const actor = await requirePatient();
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const plan = await getOwnPlan(db, actor);
  const quotas = plan ? planQuotasOn(plan.revisions, localDate(patient.timeZone)) : [];
  const firstName = patient.fullName.split(/\s+/)[0];
  const today = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: patient.timeZone,
  }).format(new Date());

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{today}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {greetingFor(localHour(patient.timeZone))}, {firstName}
        </h1>
      </div>
      <Card>
        <h2 className="font-semibold">Today&apos;s targets</h2>
        {quotas.length > 0 ? (
          <TodayQuotas quotas={quotas} />
        ) : plan && plan.revisions[0] ? (
          <p className="mt-2 text-slate-700">
            Your plan starts on {formatLocalDate(plan.revisions[0].effectiveFrom, "long")}.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">
            {patient.clinicianName} is preparing your activity plan. When it is ready, today&apos;s targets
            will show here.
          </p>
        )}
      </Card>
      {plan ? <PlanExplainer measuring={quotas.some((q) => q.quota === null)} /> : null}
      <Card className="bg-brand-50">
        <h2 className="font-semibold">Good to know</h2>
        <p className="mt-2 text-slate-700">
          Most back pain is not caused by serious damage and eases within weeks. Gentle, regular movement
          usually helps more than rest.
        </p>
      </Card>
      <p className="text-sm text-slate-600">
        Your clinic: {patient.clinicName}. If your symptoms change suddenly or you feel very unwell, contact
        your doctor, or call your local emergency number in an emergency.
      </p>
    </div>
  );
}
