import "server-only";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
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
import { cardOfTheDay, EDUCATION_CARDS } from "@/lib/domain/education";
import { CareEnded } from "@/components/portal/care-ended";
import { ownLatestEpisode } from "@/db/queries/episodes";
import { greetingFor, localHour } from "@/lib/domain/local-time";
import { ownMeasures } from "@/lib/outcomes/own-measures";
import { ownCheckInDue } from "@/lib/red-flags/check-in-due";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";
import { ActivityInstructions } from "@/components/portal/change-requests/activity-instructions";
import { FlareUpHoldCard } from "@/components/portal/change-requests/flare-up-hold-card";
import { ownPlanRequestsToday } from "@/lib/change-requests/today-view";
import { startFlareUpHoldAction } from "./change-requests/actions";

export const metadata: Metadata = { title: "Today" };

type Props = { searchParams: Promise<{ checked?: string; measure?: string }> };

export default async function TodayPage({ searchParams }: Props) {
  const actor = await requirePatientPastAdvice();
  const db = await getDb();
  const day = await loadDiaryDay(db, actor, "today");
  if (!day) notFound();
  await auditView(db, actor, "portal.today.view", actor.patientId, { date: day.date });
  const { patient, plan, quotas } = day;
  const [checkIn, measures, goals, query, requests] = await Promise.all([
    ownCheckInDue(db, actor, day.today),
    ownMeasures(db, actor, day.today),
    listOwnGoals(db, actor),
    searchParams,
    ownPlanRequestsToday(db, actor, day.today, patient.timeZone, day.entry?.flareUp ?? false),
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
  const firstName = patient.fullName.split(/\s+/)[0] ?? "";
  if (patient.status === "discharged") {
    // Care has ended: read-only, with the physio's message and the last PSFS and PEG (episodes, issue 18).
    const episode = await ownLatestEpisode(db, actor);
    const since = episode?.endedOn ?? day.today;
    const answered = (instrument: string) =>
      measures.responses.some((r) => r.instrument === instrument && r.takenOn >= since);
    return (
      <CareEnded
        firstName={firstName}
        clinicianName={patient.clinicianName}
        clinicName={patient.clinicName}
        message={episode?.maintenanceMessage ?? null}
        finalMeasures={{ psfs: !answered("psfs"), peg: !answered("peg") }}
        cards={EDUCATION_CARDS}
      />
    );
  }

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
      {requests.recentAnswers.length > 0 ? (
        <p className="rounded-xl border border-brand-200 bg-brand-50 p-4">
          {patient.clinicianName} answered your request about{" "}
          {requests.recentAnswers.map((r) => r.activityName).join(", ")}.{" "}
          <Link href="/portal/change-requests" className="font-medium text-brand-800 underline">
            See the answer
          </Link>
        </p>
      ) : null}
      <DiaryForm date={day.date} dayLabel="today" activities={day.activities} initial={day.entry} />
      {requests.flareUp && patient.status === "active" && plan ? (
        <FlareUpHoldCard
          start={startFlareUpHoldAction}
          clientId={randomUUID()}
          plan={requests.flareUp.plan}
          maxDays={requests.flareUp.maxDays}
          runningUntil={
            requests.flareUp.running ? formatLocalDate(requests.flareUp.running.endsOn, "long") : null
          }
          waitingForPhysio={requests.flareUp.waitingForPhysio}
          canStart={requests.flareUp.canStart}
          clinicianName={patient.clinicianName}
        />
      ) : null}
      <ActivityInstructions
        activities={quotas.map(({ activity, quota }) => ({
          key: activity.key,
          name: activity.name,
          unit: activity.unit,
          quota,
          instructions: activity.instructions ?? "",
          videoUrl: activity.videoUrl ?? null,
        }))}
      />
      {plan && quotas.length > 0 ? (
        <p>
          <Link href="/portal/change-requests" className="font-medium text-brand-800 underline">
            Ask to change my plan
          </Link>
          {requests.waiting > 0 ? <span className="text-slate-600"> · waiting for an answer</span> : null}
        </p>
      ) : null}
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
