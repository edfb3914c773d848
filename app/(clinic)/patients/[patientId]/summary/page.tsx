import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkAndFear } from "@/components/clinic/outcomes/work-and-fear";
import { OutcomesSummary } from "@/components/clinic/summary/outcomes-summary";
import { SummarySection } from "@/components/clinic/summary/summary-section";
import { PlanSummary } from "@/components/clinic/summary/plan-summary";
import { PrintButton } from "@/components/clinic/summary/print-button";
import { GoalsSummary, RedFlagsSummary } from "@/components/clinic/summary/red-flags-goals-summary";
import { SummaryCharts } from "@/components/clinic/summary/summary-charts";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { auditView } from "@/lib/auth/audit-view";
import { staffPatientFromParams } from "@/lib/auth/staff-patient";
import { screensFrom } from "@/lib/domain/outcomes/screens";
import { loadExportRecord } from "@/lib/interop/export-record";
import { progressSummary } from "@/lib/reports/progress-summary";
import { triageRow } from "@/lib/triage/triage-list";
import { DISCHARGE_REASON_LABEL } from "@/lib/domain/episodes";
import { episodeWindow, patientEpisodes } from "@/lib/episodes/episode-window";
import { z } from "zod";
import { clinicLetterhead } from "@/db/queries/clinics";
import { summaryPageCss } from "@/lib/reports/page-margins";
import { requestNonce } from "@/lib/security/request-nonce";

const episodeParam = z.coerce.number().int().min(1).max(10_000);
import { ChangeRequestsSummary } from "@/components/clinic/summary/change-requests-summary";
import { listClinicChangeRequests } from "@/db/queries/change-requests";
import { localDate } from "@/lib/domain/local-time";

export const metadata: Metadata = { title: "Progress summary" };

// A calendar date with its year, read as UTC so no zone shifts the day.
const dateWithYear = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const fullDate = (d: string) => dateWithYear.format(new Date(`${d}T00:00:00Z`));

const statusText = {
  invited: "Invited",
  active: "In active care",
  paused: "Plan paused",
  discharged: "Discharged",
};

/** A one-to-two page progress summary to print or save as PDF, for a referral letter or the clinical record. */
export default async function SummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ episode?: string }>;
}) {
  const { actor, db, patient } = await staffPatientFromParams(params);
  const asked = episodeParam.safeParse((await searchParams).episode);
  const episodes = await patientEpisodes(db, actor, patient);
  const window = episodeWindow(episodes, asked.success ? asked.data : undefined);
  if (!window) notFound();
  const episode = episodes.find((e) => e.number === window.number)!;
  const [loaded, triage, clinic, requests] = await Promise.all([
    loadExportRecord(db, actor, patient.id, new Date(), window),
    triageRow(db, actor, patient.id),
    clinicLetterhead(db, actor.clinicId),
    listClinicChangeRequests(db, actor, { patientId: patient.id, limit: 20 }),
  ]);
  if (!loaded) notFound();
  await auditView(db, actor, "patient.summary.view", patient.id, { episode: window.number });
  const discharged = episode.endedOn !== null && episode.dischargeReason !== null;
  const revisions = loaded.plan?.revisions ?? [];
  const summary = progressSummary({
    today: loaded.today,
    revisions,
    diary: loaded.entries,
    measures: loaded.measures,
    goals: loaded.goals,
  });

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Breadcrumbs
          trail={[
            { label: "Patients", href: "/patients" },
            { label: patient.fullName, href: `/patients/${patient.id}` },
            { label: discharged ? `Discharge summary, episode ${window.number}` : "Progress summary" },
          ]}
        />
        <PrintButton />
      </div>
      <style
        // The response's nonce lets it through the style-src policy (no 'unsafe-inline').
        nonce={await requestNonce()}
        // Built from escaped text only (lib/reports/page-margins.ts), so no name can close the element.
        dangerouslySetInnerHTML={{
          __html: summaryPageCss({
            patientLine: [
              patient.fullName,
              patient.dateOfBirth ? `born ${fullDate(patient.dateOfBirth)}` : null,
              patient.recordNumber ? `record ${patient.recordNumber}` : null,
            ]
              .filter(Boolean)
              .join(" · "),
            clinicLine: clinic?.name ?? "",
          }),
        }}
      />
      <article className="progress-summary mx-auto flex w-full max-w-[190mm] flex-col gap-2.5 rounded-lg bg-white p-6 text-slate-900 shadow-sm print:max-w-none print:rounded-none print:p-0 print:shadow-none">
        {clinic ? (
          <div className="flex flex-wrap items-start justify-between gap-2 text-xs text-slate-700">
            <div>
              <p className="text-base font-semibold text-slate-900">{clinic.name}</p>
              {clinic.address ? <p className="whitespace-pre-line">{clinic.address}</p> : null}
            </div>
            <p className="text-right">
              {clinic.phone ? <>Telephone {clinic.phone}</> : null}
              {clinic.phone && clinic.outOfHoursPhone ? <br /> : null}
              {clinic.outOfHoursPhone ? <>Out of hours {clinic.outOfHoursPhone}</> : null}
            </p>
          </div>
        ) : null}
        <header className="grid grid-cols-[1fr_auto] items-end gap-4 border-b-2 border-slate-800 pb-2">
          <div>
            <p className="text-xs uppercase tracking-wide text-slate-600">
              {discharged ? "Discharge summary" : "Graded-activity progress summary"}
              {episodes.length > 1 ? `, episode ${window.number} of ${episodes.length}` : ""}
            </p>
            <h1 className="text-xl font-semibold">{patient.fullName}</h1>
            <p className="text-xs text-slate-700">{patient.condition ?? "Condition not recorded"}</p>
          </div>
          <dl className="grid grid-cols-[auto_auto] gap-x-3 text-xs">
            <dt className="text-slate-600">Physiotherapist</dt>
            <dd>{patient.primaryClinicianName}, primary physiotherapist</dd>
            <dt className="text-slate-600">Prepared by</dt>
            <dd>
              {actor.name}, {actor.role === "admin" ? "clinic admin" : "physiotherapist"}
            </dd>
            <dt className="text-slate-600">Date of birth</dt>
            <dd>{patient.dateOfBirth ? fullDate(patient.dateOfBirth) : "Not recorded"}</dd>
            <dt className="text-slate-600">Record number</dt>
            <dd>{patient.recordNumber ?? "Not recorded"}</dd>
            <dt className="text-slate-600">Status</dt>
            <dd>{discharged ? "Discharged" : statusText[patient.status]}</dd>
            <dt className="text-slate-600">Period</dt>
            <dd>
              {fullDate(summary.from)} to {fullDate(summary.to)}
            </dd>
            <dt className="text-slate-600">Printed</dt>
            <dd>{fullDate(loaded.today)}</dd>
          </dl>
        </header>
        {discharged ? (
          <SummarySection title="Discharge">
            <p className="text-xs">
              {DISCHARGE_REASON_LABEL[episode.dischargeReason!]} on {fullDate(episode.endedOn!)}
              {episode.dischargedByName ? `, by ${episode.dischargedByName}` : ""}. The outcome measures below
              compare the last score of the episode with its first, against the minimal important change.
            </p>
            {episode.maintenanceMessage ? (
              <p className="mt-1 whitespace-pre-line text-xs">
                <span className="font-medium">Advice given: </span>
                {episode.maintenanceMessage}
              </p>
            ) : null}
          </SummarySection>
        ) : null}
        <PlanSummary activities={summary.activities} revisions={revisions} />
        <ChangeRequestsSummary
          requests={requests.map((r) => ({ ...r, askedOn: localDate(patient.timeZone, r.createdAt) }))}
        />
        <SummaryCharts summary={summary} />
        <OutcomesSummary rows={summary.outcomes} />
        <SummarySection title="Return to work and fear-avoidance">
          <WorkAndFear screens={screensFrom(loaded.measures, loaded.today)} compact />
        </SummarySection>
        <RedFlagsSummary alerts={triage?.alerts ?? []} redFlags={loaded.redFlags} />
        <GoalsSummary goals={summary.goals} />
        <footer className="border-t border-slate-300 pt-1 text-[10px] leading-snug text-slate-600">
          Minimal important change: pain NRS 2 points or 30% (Ostelo 2008); PSFS 2 points on the mean; PEG
          about 1 point or 30%. Quotas rise on schedule, not by pain; R1, R2… on the charts mark plan
          revisions. Produced by Gradus from the patient&apos;s diary and questionnaires.
        </footer>
      </article>
    </div>
  );
}
