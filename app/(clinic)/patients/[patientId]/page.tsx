import "server-only";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { Suspense } from "react";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { AlertPanel } from "@/components/clinic/alert-panel";
import { lastReviewBy } from "@/db/queries/alerts";
import { ReviewCard, type ReviewDay } from "@/components/clinic/review-card";
import { BaselinePanel } from "@/components/clinic/baseline-panel";
import { DiaryTable } from "@/components/clinic/diary-table";
import { PatientCharts } from "@/components/clinic/patient-charts/patient-charts";
import { patientSeriesQuery } from "@/components/clinic/patient-charts/series-query";
import { clinicTimeZone } from "@/db/queries/patients";
import { auditView } from "@/lib/auth/audit-view";
import { addDays } from "@/lib/domain/calendar";
import { shapeSeries } from "@/lib/charts/patient-series";
import { triageRow } from "@/lib/triage/triage-list";
import { FlareUpForm } from "@/components/clinic/flare-up-form";
import { InvitePanel } from "@/components/clinic/invite-panel";
import { EmailChangePanel } from "@/components/clinic/email-change-panel";
import { pendingEmailChange } from "@/db/queries/email-changes";
import { PatientExports } from "@/components/clinic/patient-exports";
import { PlanScheduleCharts } from "@/components/clinic/plan-schedule-charts";
import { PlanToday } from "@/components/clinic/plan-today";
import { RevisionHistory } from "@/components/clinic/revision-history";
import { StatusBadge } from "@/components/clinic/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SectionLoading } from "@/components/ui/section-loading";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { loadPatientRecord } from "@/lib/patients/patient-record";
import { baselineProgress } from "@/lib/plans/baseline-progress";
import { GoalForm } from "@/components/clinic/goals/goal-form";
import { GoalList } from "@/components/clinic/goals/goal-list";
import { OutcomesSection } from "@/components/clinic/outcomes/outcomes-section";
import { WorkAndFear } from "@/components/clinic/outcomes/work-and-fear";
import { RedFlagPanel } from "@/components/clinic/red-flags/red-flag-panel";
import { ResumePlanForm } from "@/components/clinic/red-flags/resume-plan-form";
import { openRedFlags } from "@/db/queries/red-flags";
import { isRedFlagRule } from "@/lib/domain/alerts";
import { assembleOutcomes } from "@/lib/outcomes/patient-outcomes";
import {
  acknowledgeAlertAction,
  confirmBaselineAction,
  flareUpAction,
  markReviewedAction,
  reissueInviteAction,
  revokeInviteAction,
} from "./actions";
import { createGoalAction, setGoalStatusAction } from "./goal-actions";
import { dischargePatientAction, reopenEpisodeAction } from "./episode-actions";
import { saveTemplateFromPlanAction } from "./template-actions";
import { TemplateTextForm } from "@/components/clinic/templates/template-forms";
import { DischargeForm } from "@/components/clinic/episodes/discharge-form";
import { EpisodeList } from "@/components/clinic/episodes/episode-list";
import { ReopenForm } from "@/components/clinic/episodes/reopen-form";
import { DISCHARGE_REASON_LABEL } from "@/lib/domain/episodes";
import { episodeWindow, patientEpisodes } from "@/lib/episodes/episode-window";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ChangeRequestsSection } from "./change-requests-section";
import {
  AcknowledgementNotesSection,
  CheckInsSection,
  MessagesSection,
  TimeLogSection,
} from "./streamed-sections";
import { cancelEmailChangeAction, resendEmailChangeAction } from "./email-change-actions";
import { acknowledgeRedFlagAction, resumePlanAction } from "./red-flag-actions";

export const metadata: Metadata = { title: "Patient" };

const savedMessages: Record<string, string> = {
  plan: "Plan saved. The patient sees the new quotas from the effective date.",
  baseline: "Baseline confirmed; the quota starts today.",
  ack: "Alert acknowledged. It comes back if newer diary entries raise it again.",
  reviewed: "Marked reviewed. Alerts come back if newer diary entries raise them again.",
  "red-flag": "Red-flag answer acknowledged with your note.",
  "red-flag-already": "Another clinician had already acknowledged this answer.",
  resumed: "Plan resumed. The patient sees their quotas again from today.",
  details: "Details saved.",
  "email-pending":
    "Details saved. The new email becomes the sign-in once the patient opens the link we sent to it and confirms.",
  "invite-resent": "Details saved. A new invite went to the new email; the earlier link stops working.",
  discharged: "Patient discharged. Their portal is now read-only and shows your message.",
  reopened:
    "Care re-opened as a new episode. Write the new plan: choose “measure it” for each activity's baseline.",
  "change-request":
    "Plan saved and the change request answered. The patient sees the new plan and your answer.",
};

const DEFAULT_RANGE = "4w" as const;

/** `?episode=N`: an earlier episode of care to show the charts, diary and exports of. */
const episodeParam = z.coerce.number().int().min(1).max(10_000);

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ saved?: string; episode?: string }>;
}) {
  const recordId = (await params).patientId;
  const record = await loadPatientRecord(recordId);
  const { actor, db, patient, plan, today, entries } = record;
  const quotas = plan ? planQuotasOn(plan.revisions, today) : [];
  const baseline = plan ? baselineProgress(plan, entries, today) : [];
  const query = await searchParams;
  const saved = savedMessages[query.saved ?? ""];
  const seriesSource = { patient, plan, firstEntryDay: entries[0]?.date ?? null };
  const series = shapeSeries(seriesSource, DEFAULT_RANGE, entries);
  const outcomes = assembleOutcomes(today, plan, record.measures, entries, record.goals);
  // What the first screen needs (the review card, red flags, the plan); the sections further down that read
  // more are streamed behind Suspense boundaries and start once this is rendered.
  const [triage, redFlags, clinicZone, lastReview, episodes, emailChange] = await Promise.all([
    triageRow(db, actor, patient.id),
    openRedFlags(db, actor, patient.id),
    clinicTimeZone(db, actor),
    lastReviewBy(db, actor, patient.id),
    patientEpisodes(db, actor, patient),
    pendingEmailChange(db, actor, patient.id),
  ]);
  const lastEpisode = episodes.at(-1)!;
  // An earlier episode picked by `?episode=N` (the current one is the page as usual); any other value is 404.
  const asked = query.episode === undefined ? null : episodeParam.safeParse(query.episode);
  if (asked && !asked.success) notFound();
  const picked = asked?.success ? episodeWindow(episodes, asked.data) : null;
  if (asked && !picked) notFound();
  const viewing = picked && picked.number !== lastEpisode.number ? picked : null;
  // The charts and the diary table: the current view, or the earlier episode's days only.
  const shown = viewing ? shapeSeries({ ...seriesSource, episode: viewing }, DEFAULT_RANGE, entries) : series;
  const diaryEnd = shown.to;
  const diaryFrom = addDays(diaryEnd, -27);
  const recentDiary = entries.filter(
    (e) => e.date >= diaryFrom && e.date <= diaryEnd && (!viewing || e.date >= viewing.from),
  );
  // The review card: the last 7 days against the quotas, newest first, and what changed since the review.
  const quotaByDay: Record<string, Record<string, number | null>> = {};
  for (const a of shown.activities) for (const p of a.points) (quotaByDay[p.date] ??= {})[a.key] = p.quota;
  const reviewDays: ReviewDay[] = series.points
    .slice(-7)
    .reverse()
    .map((p) => ({
      date: p.date,
      painAverage: p.painAverage,
      activities: series.activities.map((a) => {
        const point = a.points.find((q) => q.date === p.date);
        return { key: a.key, done: point?.done ?? null, quota: point?.quota ?? null };
      }),
    }));
  const newDays = entries.filter((e) => !lastReview || e.updatedAt > lastReview).length;
  const diaryAlerts = triage?.alerts.filter((a) => !isRedFlagRule(a.rule)) ?? [];
  await auditView(db, actor, "patient.view", patient.id);
  // The charts' first range comes with the page; other ranges are fetched in place.
  const queryClient = new QueryClient();
  queryClient.setQueryData(patientSeriesQuery(patient.id, DEFAULT_RANGE, viewing?.number).queryKey, shown);

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[{ label: "Patients", href: "/patients" }, { label: patient.fullName }]} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{patient.fullName}</h1>
        <StatusBadge status={patient.status} />
      </div>
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      {patient.status === "discharged" ? (
        <Card className="border-slate-300 bg-slate-50">
          <h2 className="font-semibold">Discharged</h2>
          <p className="mt-1 text-sm text-slate-700">
            {lastEpisode.dischargeReason ? `${DISCHARGE_REASON_LABEL[lastEpisode.dischargeReason]}. ` : ""}
            Their portal is read-only and no alerts are raised. If they come back, re-open care as a new
            episode and write a new plan from a new baseline.
          </p>
          <div className="mt-3">
            <ReopenForm reopen={reopenEpisodeAction.bind(null, patient.id)} />
          </div>
        </Card>
      ) : null}

      {redFlags.length > 0 ? (
        <Card className="border-red-300">
          <h2 className="font-semibold text-red-900">Red-flag answers to act on</h2>
          <div className="mt-3">
            <RedFlagPanel reports={redFlags} acknowledge={acknowledgeRedFlagAction.bind(null, patient.id)} />
          </div>
        </Card>
      ) : null}
      {patient.status === "paused" ? (
        <Card className="border-amber-300">
          <h2 className="font-semibold">Plan paused</h2>
          <div className="mt-3">
            <ResumePlanForm
              resume={resumePlanAction.bind(null, patient.id)}
              blocked={redFlags.some((r) => r.tier === "emergency")}
            />
          </div>
        </Card>
      ) : null}
      <Card>
        <ReviewCard
          lastReviewed={
            lastReview
              ? new Intl.DateTimeFormat("en-GB", {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: clinicZone,
                }).format(lastReview)
              : null
          }
          newDays={newDays}
          alerts={diaryAlerts}
          openRedFlags={redFlags.length}
          activities={series.activities.map(({ key, name, unit }) => ({ key, name, unit }))}
          days={reviewDays}
          review={markReviewedAction.bind(null, patient.id)}
        />
      </Card>
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="font-semibold">Graded-activity plan</h2>
          <ButtonLink href={`/patients/${patient.id}/plan`} variant={plan ? "secondary" : "primary"}>
            {plan ? "Revise plan" : "Create plan"}
          </ButtonLink>
        </div>
        {plan ? (
          <div className="mt-4 flex flex-col gap-6">
            {quotas.length > 0 ? (
              <PlanToday quotas={quotas} />
            ) : (
              <p className="text-sm text-slate-600">The plan starts on {plan.revisions[0]?.effectiveFrom}.</p>
            )}
            {baseline.length > 0 ? (
              <BaselinePanel
                items={baseline}
                confirm={confirmBaselineAction.bind(null, patient.id)}
                expectedVersion={plan.version}
              />
            ) : null}
            <details className="rounded-lg border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium">Save this plan as a template</summary>
              <div className="mt-3">
                <TemplateTextForm
                  save={saveTemplateFromPlanAction.bind(null, patient.id)}
                  submitLabel="Save as template"
                />
              </div>
            </details>
          </div>
        ) : (
          <p className="mt-3 text-sm text-slate-600">
            No plan yet. Build one from a template in under two minutes.
          </p>
        )}
      </Card>
      {diaryAlerts.length > 0 ? (
        <Card className="border-amber-300">
          <h2 className="font-semibold">Alerts</h2>
          <div className="mt-3">
            <AlertPanel alerts={diaryAlerts} acknowledge={acknowledgeAlertAction.bind(null, patient.id)} />
          </div>
        </Card>
      ) : null}
      {/* The list links here (#change-requests): the anchor is in the first response, the section streams in. */}
      <div id="change-requests" className="flex scroll-mt-4 flex-col gap-6">
        <Suspense
          fallback={
            <Card>
              <SectionLoading label="Loading change requests and the flare-up plan…" />
            </Card>
          }
        >
          <ChangeRequestsSection
            db={db}
            actor={actor}
            patientId={patient.id}
            timeZone={patient.timeZone}
            plan={plan}
            today={today}
          />
        </Suspense>
      </div>
      <Card>
        {viewing ? (
          <div className="mb-4">
            <Notice tone="info">
              Showing episode {viewing.number} ({formatDay(viewing.from)} – {formatDay(viewing.to ?? today)}):
              its charts, its diary and its exports.{" "}
              <Link href={`/patients/${patient.id}`} className="font-medium underline underline-offset-4">
                Back to the current episode
              </Link>
            </Notice>
          </div>
        ) : null}
        {/* The chart drawings (recharts) load only when each chart comes near the viewport. */}
        <HydrationBoundary state={dehydrate(queryClient)}>
          <PatientCharts patientId={patient.id} initialRange={DEFAULT_RANGE} episode={viewing?.number} />
        </HydrationBoundary>
      </Card>
      <Card>
        <h2 className="font-semibold">Outcome measures</h2>
        <p className="mt-1 text-sm text-slate-600">
          Each score against the first one; the purple line is the minimal important change (MIC), and a ring
          marks where the change first reached it.
        </p>
        <div className="mt-4">
          <OutcomesSection views={outcomes.views} />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Return to work and fear-avoidance</h2>
        <div className="mt-3">
          <WorkAndFear screens={outcomes.screens} />
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card>
            <h2 id="messages" className="scroll-mt-4 font-semibold">
              Messages
            </h2>
            <div className="mt-4">
              <Suspense fallback={<SectionLoading label="Loading messages…" lines={3} />}>
                <MessagesSection recordId={recordId} clinicZone={clinicZone} />
              </Suspense>
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Goals</h2>
            <div className="mt-4 flex flex-col gap-6">
              <GoalList
                goals={outcomes.goals}
                activities={outcomes.activities}
                setStatus={setGoalStatusAction.bind(null, patient.id)}
              />
              <details className="rounded-lg border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium">Add a goal agreed with the patient</summary>
                <div className="mt-3">
                  <GoalForm
                    clientId={randomUUID()}
                    create={createGoalAction.bind(null, patient.id)}
                    activities={outcomes.activities}
                    today={today}
                  />
                </div>
              </details>
            </div>
          </Card>
          {plan ? (
            <Card>
              {/* Below the first screen: its charts hydrate after what the clinician sees first. */}
              <h2 className="font-semibold">Quota schedule</h2>
              <div className="mt-4">
                <PlanScheduleCharts revisions={plan.revisions} today={today} />
              </div>
            </Card>
          ) : null}
          {plan ? (
            <Card>
              <h2 className="font-semibold">Revision history</h2>
              <div className="mt-4">
                <RevisionHistory revisions={plan.revisions} />
              </div>
            </Card>
          ) : null}
        </div>

        <div className="flex flex-col gap-6">
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 className="font-semibold">Details</h2>
              <Link
                href={`/patients/${patient.id}/edit`}
                className="text-sm font-medium text-brand-700 underline underline-offset-4"
              >
                Edit details
              </Link>
            </div>
            <dl className="mt-4 grid gap-y-3 text-sm">
              <Detail term="Record number" value={patient.recordNumber ?? "Not recorded"} />
              <Detail
                term="Date of birth"
                value={patient.dateOfBirth ? formatDay(patient.dateOfBirth) : "Not recorded"}
              />
              <Detail term="Email" value={patient.email} />
              <Detail term="Phone" value={patient.phone ?? "Not recorded"} />
              <Detail term="Physiotherapist" value={patient.primaryClinicianName} />
              <Detail term="Time zone" value={patient.timeZone.replaceAll("_", " ")} />
              <Detail
                term="Added"
                value={new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" }).format(patient.createdAt)}
              />
              <Detail term="Condition" value={patient.condition ?? "Not recorded"} />
            </dl>
            <p className="mt-4 text-sm">
              <Link
                href={`/patients/${patient.id}/access`}
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                Access history
              </Link>
              <span className="text-slate-600"> · who viewed or changed this record</span>
            </p>
          </Card>
          <PatientExports patientId={patient.id} episode={viewing?.number} />
          <Card>
            <h2 className="font-semibold">Episodes of care</h2>
            <div className="mt-3">
              <EpisodeList
                patientId={patient.id}
                episodes={episodes}
                viewing={viewing?.number ?? lastEpisode.number}
              />
            </div>
            {patient.status !== "discharged" ? (
              <details className="mt-4 rounded-lg border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium">Discharge</summary>
                <div className="mt-3">
                  <DischargeForm
                    discharge={dischargePatientAction.bind(null, patient.id)}
                    patientName={patient.fullName}
                  />
                </div>
              </details>
            ) : null}
          </Card>
          <Card>
            <h2 className="font-semibold">Time log</h2>
            <p className="mt-1 text-sm text-slate-600">Minutes spent on this patient&apos;s monitoring.</p>
            <div className="mt-4">
              <Suspense fallback={<SectionLoading label="Loading the time log…" />}>
                <TimeLogSection recordId={recordId} clinicZone={clinicZone} />
              </Suspense>
            </div>
          </Card>
          {plan && quotas.length > 0 ? (
            <Card>
              <h2 className="font-semibold">Flare-up response</h2>
              <p className="mt-1 text-sm text-slate-600">Recorded as a plan revision from today.</p>
              <div className="mt-4">
                <FlareUpForm respond={flareUpAction.bind(null, patient.id)} expectedVersion={plan.version} />
              </div>
            </Card>
          ) : null}
          <Card>
            <h2 className="font-semibold">Safety check-ins</h2>
            <div className="mt-3">
              <Suspense fallback={<SectionLoading label="Loading safety check-ins…" />}>
                <CheckInsSection recordId={recordId} />
              </Suspense>
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Acknowledgement notes</h2>
            <div className="mt-3">
              <Suspense fallback={<SectionLoading label="Loading acknowledgement notes…" />}>
                <AcknowledgementNotesSection recordId={recordId} clinicZone={clinicZone} />
              </Suspense>
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Portal access</h2>
            <div className="mt-4">
              {patient.hasAccount ? (
                <div className="flex flex-col gap-3">
                  <p className="text-sm text-slate-700">
                    The patient has set up their account and can sign in.
                  </p>
                  {emailChange ? (
                    <EmailChangePanel
                      newEmail={emailChange.newEmail}
                      expired={emailChange.expiresAt <= new Date()}
                      expiresAt={new Intl.DateTimeFormat("en-GB", {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: clinicZone,
                      }).format(emailChange.expiresAt)}
                      resend={resendEmailChangeAction.bind(null, patient.id)}
                      cancel={cancelEmailChangeAction.bind(null, patient.id)}
                    />
                  ) : null}
                </div>
              ) : (
                <InvitePanel
                  reissue={reissueInviteAction.bind(null, patient.id)}
                  revoke={revokeInviteAction.bind(null, patient.id)}
                />
              )}
            </div>
          </Card>
        </div>
      </div>
      <Card>
        <h2 className="font-semibold">
          {viewing ? `Diary, last 4 weeks of episode ${viewing.number}` : "Diary, last 4 weeks"}
        </h2>
        <div className="mt-3">
          <DiaryTable entries={recentDiary} activities={series.activities} quotas={quotaByDay} />
        </div>
      </Card>
    </div>
  );
}

const formatDay = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );
}
