import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityDoneChart } from "@/components/charts/activity-done-chart";
import { PainTrendChart } from "@/components/charts/pain-trend-chart";
import { MyGoals } from "@/components/portal/my-goals";
import { MyScores } from "@/components/portal/my-scores";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { firstOwnEntryDate, listOwnEntries } from "@/db/queries/diary";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { auditView } from "@/lib/auth/audit-view";
import { addDays, formatLocalDate } from "@/lib/domain/calendar";
import { dayAdherence } from "@/lib/domain/adherence";
import { careStartDate, rangeStartInCare } from "@/lib/domain/care-start";
import { UNIT_LABEL, UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import { dailySeries, meanOf } from "@/lib/domain/series";
import { ownOutcomes } from "@/lib/outcomes/patient-outcomes";
import { agreeGoalAction } from "./goal-actions";
import { requirePatientPastAdvice } from "@/lib/auth/require-patient-past-advice";

export const metadata: Metadata = { title: "My progress" };

const RANGES = [2, 4, 12] as const;

export default async function ProgressPage({ searchParams }: { searchParams: Promise<{ weeks?: string }> }) {
  const actor = await requirePatientPastAdvice();
  const requested = Number((await searchParams).weeks);
  const weeks = (RANGES as readonly number[]).includes(requested) ? requested : 4;
  const db = await getDb();
  const patient = await getOwnPatient(db, actor);
  if (!patient) notFound();
  const today = localDate(patient.timeZone);
  const [plan, firstEntry] = await Promise.all([getOwnPlan(db, actor), firstOwnEntryDate(db, actor)]);
  // Count only days of care: a patient who joined this week has not "missed" the three weeks before.
  const careStart = careStartDate({
    addedOn: localDate(patient.timeZone, patient.createdAt),
    firstPlanDay: plan?.revisions[0]?.effectiveFrom,
    firstEntryDay: firstEntry,
  });
  const rangeStart = addDays(today, -(weeks * 7 - 1));
  const from = rangeStartInCare(rangeStart, today, careStart);
  const [entries, outcomes] = await Promise.all([
    listOwnEntries(db, actor, from, today),
    ownOutcomes(db, actor, today),
  ]);
  await auditView(db, actor, "portal.progress.view", actor.patientId, { weeks });
  const activities = plan?.revisions.at(-1)?.activities ?? [];
  const rows = dailySeries(
    from,
    today,
    entries,
    plan?.revisions ?? [],
    activities.map((a) => a.key),
  );

  // Compare the first week with entries in this range (the plan may have started within it) with the last.
  const firstLogged = Math.max(
    0,
    rows.findIndex((r) => r.painAverage !== null),
  );
  const firstWeek = meanOf(rows.slice(firstLogged, firstLogged + 7).map((r) => r.painAverage));
  const lastWeek = meanOf(rows.slice(-7).map((r) => r.painAverage));
  const loggedDays = rows.filter((r) => r.painAverage !== null);
  const onTarget = loggedDays.filter((r) => {
    const items = activities.flatMap((a) =>
      r.quota[a.key] != null && r.done[a.key] != null
        ? [{ done: r.done[a.key]!, quota: r.quota[a.key]!, unitStep: UNIT_STEP[a.unit] }]
        : [],
    );
    return dayAdherence(items) === "on_target";
  }).length;
  const fmt = (n: number | null) => (n === null ? "not logged yet" : `${n.toFixed(1)} out of 10`);
  const period =
    from === rangeStart
      ? `In the last ${weeks} weeks`
      : `Since you started on ${formatLocalDate(from, "long")}`;
  const dayCount = `${rows.length} ${rows.length === 1 ? "day" : "days"}`;
  const latest = entries.at(-1);

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold tracking-tight">My progress</h1>
      <nav aria-label="Time range" className="grid grid-cols-3 gap-2">
        {RANGES.map((w) => (
          <Link
            key={w}
            href={`/portal/progress?weeks=${w}`}
            aria-current={w === weeks ? "page" : undefined}
            className="flex h-11 items-center justify-center rounded-lg border border-slate-300 bg-white text-sm font-semibold aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {w} weeks
          </Link>
        ))}
      </nav>
      <Card>
        <p className="text-slate-700">
          {period} you logged <strong>{loggedDays.length}</strong> of {dayCount}
          {loggedDays.length > 0 ? (
            <>
              {" "}
              and kept to your targets on <strong>{onTarget}</strong> of them. Average pain: {fmt(firstWeek)}{" "}
              in your first week here, {fmt(lastWeek)} in the last week.
            </>
          ) : (
            ". Log your day on Today and your progress shows here."
          )}
        </p>
        {latest ? (
          <p className="mt-2 text-sm text-slate-600">
            Latest entry: {latest.date === today ? "today" : formatLocalDate(latest.date, "long")}, average
            pain {latest.painAverage}/10.
          </p>
        ) : null}
      </Card>
      {loggedDays.length > 0 ? (
        <Card>
          <PainTrendChart
            points={rows.map(({ date, painNow, painAverage }) => ({ date, painNow, painAverage }))}
            summary={`Average pain was ${fmt(firstWeek)} in the first logged week of this range and ${fmt(lastWeek)} in the last week.`}
          />
        </Card>
      ) : null}
      <section aria-labelledby="goals" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="goals" className="scroll-mt-4 text-lg font-semibold">
          My goals
        </h2>
        <div className="mt-3">
          <MyGoals
            goals={outcomes.goals}
            activities={outcomes.activities}
            agree={(goalId) => agreeGoalAction.bind(null, goalId)}
          />
        </div>
      </section>
      <section aria-labelledby="scores" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="scores" className="text-lg font-semibold">
          My scores
        </h2>
        <div className="mt-3">
          <MyScores views={outcomes.views} />
        </div>
      </section>
      {activities.map((a) => {
        const points = rows.map((r) => ({
          date: r.date,
          done: r.done[a.key] ?? null,
          quota: r.quota[a.key] ?? null,
        }));
        return (
          <Card key={a.key}>
            <ActivityDoneChart
              title={`${a.name}: done and target (${UNIT_LABEL[a.unit].many})`}
              unitLabel={UNIT_LABEL[a.unit].many}
              plannedLabel="Target"
              points={points}
              summary={`${a.name}: logged on ${points.filter((p) => p.done !== null).length} days of ${points.length}.`}
            />
          </Card>
        );
      })}
      {entries.length === 0 ? (
        <p className="text-slate-600">Once you log a few days, your charts appear here.</p>
      ) : null}
    </div>
  );
}
