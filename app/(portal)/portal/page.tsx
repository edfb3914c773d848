import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiaryForm } from "@/components/portal/diary/diary-form";
import { EducationCard } from "@/components/portal/education-card";
import { PlanExplainer } from "@/components/portal/plan-explainer";
import { TodayPrompts } from "@/components/portal/today-prompts";
import { getDb } from "@/db/client";
import { auditView } from "@/lib/auth/audit-view";
import { listOwnGoals } from "@/db/queries/goals";
import { loadDiaryDay } from "@/lib/diary/day-view";
import { formatLocalDate } from "@/lib/domain/calendar";
import { cardOfTheDay } from "@/lib/domain/education";
import { greetingFor, localHour } from "@/lib/domain/local-time";
import { ownMeasures } from "@/lib/outcomes/own-measures";
import { ownCheckInDue } from "@/lib/red-flags/check-in-due";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "Today" };

type Props = { searchParams: Promise<{ checked?: string; measure?: string }> };

export default async function TodayPage({ searchParams }: Props) {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const day = await loadDiaryDay(db, actor, "today");
  if (!day) notFound();
  await auditView(db, actor, "portal.today.view", actor.patientId, { date: day.date });
  const { patient, plan, quotas } = day;
  const [checkIn, measures, goals, query] = await Promise.all([
    ownCheckInDue(db, actor, day.today),
    ownMeasures(db, actor, day.today),
    listOwnGoals(db, actor),
    searchParams,
  ]);
  const thanks =
    query.checked === "1"
      ? "check-in"
      : query.measure === "psfs" ||
          query.measure === "peg" ||
          query.measure === "fabq" ||
          query.measure === "work"
        ? query.measure
        : null;
  const firstName = patient.fullName.split(/\s+/)[0];

  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm text-slate-600">{formatLocalDate(day.date, "long")}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {greetingFor(localHour(patient.timeZone))}, {firstName}
        </h1>
        {patient.status === "paused" ? null : !plan ? (
          <p className="mt-2 text-slate-700">
            {patient.clinicianName} is preparing your activity plan. Meanwhile you can log how you are.
          </p>
        ) : quotas.length === 0 && plan.revisions[0] ? (
          <p className="mt-2 text-slate-700">
            Your plan starts on {formatLocalDate(plan.revisions[0].effectiveFrom, "long")}.
          </p>
        ) : null}
      </div>
      <TodayPrompts
        paused={patient.status === "paused"}
        clinicianName={patient.clinicianName}
        checkIn={checkIn}
        measures={measures.due}
        goalsToAgree={goals.filter((g) => g.status === "active" && g.patientAgreedAt === null).length}
        thanks={thanks}
      />
      <DiaryForm date={day.date} dayLabel="today" activities={day.activities} initial={day.entry} />
      <EducationCard card={cardOfTheDay(day.date)} />
      {plan ? <PlanExplainer measuring={quotas.some((q) => q.quota === null)} /> : null}
      <p className="text-sm text-slate-600">
        Your clinic: {patient.clinicName}. If you suddenly feel much worse or very ill, call your doctor. If
        it is an emergency, call for help. If something feels wrong, you can{" "}
        <Link href="/portal/check-in" className="font-medium text-brand-800 underline">
          answer the safety questions
        </Link>{" "}
        at any time.
      </p>
    </div>
  );
}
