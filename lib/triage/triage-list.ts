import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { clinicPlans, type StoredPlan } from "@/db/queries/plans";
import { clinicThreadStates } from "@/db/queries/messages";
import { clinicPsfsScores } from "@/db/queries/outcomes";
import { openRedFlags } from "@/db/queries/red-flags";
import { triageData } from "@/db/queries/triage";
import { dayAdherence } from "@/lib/domain/adherence";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { alertsFor, daysInPlan, SEVERITY_RANK, type Alert, type PatientSignals } from "@/lib/domain/alerts";
import { addDays, dateRange, daysBetween } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";

export const RECENT_DAYS = 14;

export type TriageRow = {
  id: string;
  fullName: string;
  status: "invited" | "active" | "paused" | "discharged";
  primaryClinicianId: string;
  primaryClinicianName: string;
  lastEntryDate: string | null;
  daysSinceLastEntry: number | null;
  alerts: Alert[];
  /** Average pain for each of the last 14 days, oldest first; null where nothing was logged. */
  painSparkline: (number | null)[];
  /** Share of the last 7 days on target, 0-100; null without a plan. */
  onTargetPercent: number | null;
  planWeek: number | null;
  /** The patient's messages this clinician has not read. */
  unreadMessages: number;
};

type Recent = Awaited<ReturnType<typeof triageData>>["recent"][number];

function adherenceOn(plan: StoredPlan | undefined, entry: Recent) {
  if (!plan) return null;
  const items = planQuotasOn(plan.revisions, entry.date).flatMap(({ activity, quota }) =>
    quota === null
      ? []
      : [
          {
            done: entry.activities.find((a) => a.key === activity.key)?.amount ?? 0,
            quota,
            unitStep: UNIT_STEP[activity.unit],
          },
        ],
  );
  return dayAdherence(items);
}

/** The clinic's patients with their open alerts, most urgent first. */
export async function triageList(
  db: Database,
  actor: StaffActor,
  now = new Date(),
  onlyPatientId?: string,
): Promise<TriageRow[]> {
  const since = addDays(now.toISOString().slice(0, 10), -(RECENT_DAYS + 2));
  const [{ roster, recent, acks }, plans, redFlags, psfs, threads] = await Promise.all([
    triageData(db, actor, since, onlyPatientId),
    clinicPlans(db, actor, onlyPatientId),
    openRedFlags(db, actor, onlyPatientId),
    clinicPsfsScores(db, actor, onlyPatientId),
    clinicThreadStates(db, actor, onlyPatientId),
  ]);
  const recentByPatient = new Map<string, Recent[]>();
  for (const r of recent) recentByPatient.set(r.patientId, [...(recentByPatient.get(r.patientId) ?? []), r]);

  const rows = roster.map((p): TriageRow => {
    const today = localDate(p.timeZone, now);
    const plan = plans.get(p.id);
    const thread = threads.get(p.id);
    const window = dateRange(addDays(today, -(RECENT_DAYS - 1)), today);
    const entries = (recentByPatient.get(p.id) ?? []).filter((e) => e.date >= window[0]! && e.date <= today);
    const days = entries.map((e) => ({
      date: e.date,
      painNow: e.painNow ?? 0,
      painAverage: e.painAverage ?? 0,
      adherence: adherenceOn(plan, e),
    }));
    const signals: PatientSignals = {
      today,
      lastEntryDate: p.lastEntryDate,
      days,
      expectedToLog: p.hasAccount && p.status === "active" && plan !== undefined,
      planStart: plan?.revisions[0]?.effectiveFrom ?? null,
      openRedFlags: redFlags.filter((r) => r.patientId === p.id),
      psfsScores: psfs.filter((m) => m.patientId === p.id).map((m) => ({ date: m.takenOn, score: m.score })),
      unansweredMessage:
        thread?.waitingSince && thread.waitingLatest
          ? { since: thread.waitingSince, latest: thread.waitingLatest, now, timeZone: p.timeZone }
          : null,
    };
    const firstDay = signals.planStart;
    const lastWeek = days.filter((d) => d.date > addDays(today, -7));
    return {
      id: p.id,
      fullName: p.fullName,
      status: p.status,
      primaryClinicianId: p.primaryClinicianId,
      primaryClinicianName: p.primaryClinicianName,
      lastEntryDate: p.lastEntryDate,
      daysSinceLastEntry: p.lastEntryDate ? daysBetween(p.lastEntryDate, today) : null,
      alerts: alertsFor(
        signals,
        acks
          .filter((a) => a.patientId === p.id)
          .map((a) => ({ rule: a.rule as Alert["rule"], upToDate: a.upToDate })),
      ),
      painSparkline: window.map((date) => days.find((d) => d.date === date)?.painAverage ?? null),
      // Only meaningful once some activity has a quota (not while every baseline is still being measured).
      onTargetPercent:
        plan && planQuotasOn(plan.revisions, today).some((q) => q.quota !== null)
          ? Math.round(
              (lastWeek.filter((d) => d.adherence === "on_target").length /
                Math.max(1, daysInPlan(signals, 7))) *
                100,
            )
          : null,
      planWeek: firstDay && firstDay <= today ? Math.floor(daysBetween(firstDay, today) / 7) + 1 : null,
      unreadMessages: thread?.unread ?? 0,
    };
  });

  // An unacknowledged emergency red flag goes above every other critical alert.
  const rank = (r: TriageRow) =>
    r.alerts[0]
      ? SEVERITY_RANK[r.alerts[0].severity] + (r.alerts[0].rule === "red_flag_emergency" ? -0.5 : 0)
      : 3;
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.daysSinceLastEntry ?? -1) - (a.daysSinceLastEntry ?? -1) ||
      a.fullName.localeCompare(b.fullName),
  );
}

/** One patient's triage row (alerts, sparkline, adherence), or null outside the actor's clinic. */
export async function triageRow(
  db: Database,
  actor: StaffActor,
  patientId: string,
  now = new Date(),
): Promise<TriageRow | null> {
  return (await triageList(db, actor, now, patientId))[0] ?? null;
}
