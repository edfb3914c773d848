import type { StoredPlan } from "@/db/queries/plans";
import type { SummaryDay } from "@/db/schema/triage";
import { dayAdherence } from "@/lib/domain/adherence";
import { alertsFor, daysInPlan, type Alert, type PatientSignals } from "@/lib/domain/alerts";
import { addDays, dateRange, daysBetween } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";

/** Days of diary the list shows (sparkline) and the rules look at. */
export const RECENT_DAYS = 14;
/** Days before the last entry kept in the summary: covers the 14-day window whatever today is. */
export const KEPT_DAYS = RECENT_DAYS + 2;

/** What a write leaves behind for the triage list: every input of the alert rules that only data changes. */
export type TriageSummary = {
  lastEntryDate: string | null;
  recentDays: SummaryDay[];
  planStart: string | null;
  revisionQuotas: { effectiveFrom: string; number: number; quoted: boolean }[];
  openRedFlags: NonNullable<PatientSignals["openRedFlags"]>;
  psfsScores: { date: string; score: number }[];
  acks: { rule: string; upToDate: string | null }[];
  /** The plan version adherence was judged against (0: no plan). */
  planVersion: number;
};

export const EMPTY_SUMMARY: TriageSummary = {
  planVersion: 0,
  lastEntryDate: null,
  recentDays: [],
  planStart: null,
  revisionQuotas: [],
  openRedFlags: [],
  psfsScores: [],
  acks: [],
};

/** The raw rows a summary is computed from (see db/queries/triage.ts `summaryInputs`). */
export type SummaryInputs = {
  lastEntryDate: string | null;
  /** Diary days from KEPT_DAYS before the last entry, oldest first, with their activity amounts. */
  recent: {
    date: string;
    painNow: number | null;
    painAverage: number | null;
    activities: { key: string; amount: number }[];
  }[];
  plan: StoredPlan | null;
  openRedFlags: TriageSummary["openRedFlags"];
  /** PSFS means, oldest first. */
  psfs: { date: string; score: number }[];
  acks: TriageSummary["acks"];
};

/** One day's adherence to the plan in force that day (null without a plan or quota). */
export function adherenceOn(
  plan: StoredPlan | null,
  entry: { date: string; activities: readonly { key: string; amount: number }[] },
): SummaryDay["adherence"] {
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

/** The day as the summary keeps it. */
export function summaryDay(plan: StoredPlan | null, entry: SummaryInputs["recent"][number]): SummaryDay {
  return {
    date: entry.date,
    painNow: entry.painNow ?? 0,
    painAverage: entry.painAverage ?? 0,
    adherence: adherenceOn(plan, entry),
  };
}

/** The summary of one patient from their raw rows. Pure. */
export function summarize(inputs: SummaryInputs): TriageSummary {
  const keepFrom = inputs.lastEntryDate ? addDays(inputs.lastEntryDate, -KEPT_DAYS) : null;
  return {
    lastEntryDate: inputs.lastEntryDate,
    recentDays: inputs.recent
      .filter((e) => keepFrom !== null && e.date >= keepFrom)
      .map((e) => summaryDay(inputs.plan, e)),
    planStart: inputs.plan?.revisions[0]?.effectiveFrom ?? null,
    revisionQuotas: (inputs.plan?.revisions ?? []).map((r) => ({
      effectiveFrom: r.effectiveFrom,
      number: r.number,
      // A quota is null only while the activity is in baseline: the same on every day of a revision.
      quoted: planQuotasOn([r], r.effectiveFrom).some((q) => q.quota !== null),
    })),
    openRedFlags: inputs.openRedFlags,
    psfsScores: inputs.psfs.slice(-2),
    acks: inputs.acks,
    planVersion: inputs.plan?.version ?? 0,
  };
}

/** What a triage row takes from outside the kept summary: signals of the newer features and unread counts. */
export type BesideSummary = {
  signals: Pick<PatientSignals, "openChangeRequests" | "unseenFlareUpHold" | "unansweredMessage">;
  /** The patient's messages this clinician has not read. */
  unreadMessages: number;
};

export const NOTHING_BESIDE: BesideSummary = { signals: {}, unreadMessages: 0 };

export type TriagePatient = {
  id: string;
  fullName: string;
  status: "invited" | "active" | "paused" | "discharged";
  timeZone: string;
  hasAccount: boolean;
  primaryClinicianId: string;
  primaryClinicianName: string;
};

export type TriageRow = Omit<TriagePatient, "timeZone" | "hasAccount"> & {
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

/**
 * A patient's row of the triage list from their summary and their local today: the rules that depend on the
 * clock (silence, the last 7 and 14 days) are evaluated here. Pure.
 */
export function triageRowFrom(
  p: TriagePatient,
  s: TriageSummary,
  today: string,
  /** What is read beside the summary (change requests, flare-up holds, messages). */
  beside: BesideSummary = NOTHING_BESIDE,
): TriageRow {
  const window = dateRange(addDays(today, -(RECENT_DAYS - 1)), today);
  const days = s.recentDays.filter((e) => e.date >= window[0]! && e.date <= today);
  const hasPlan = s.revisionQuotas.length > 0;
  const signals: PatientSignals = {
    today,
    lastEntryDate: s.lastEntryDate,
    days,
    expectedToLog: p.hasAccount && p.status === "active" && hasPlan,
    planStart: s.planStart,
    openRedFlags: s.openRedFlags,
    psfsScores: s.psfsScores,
    ...beside.signals,
  };
  const firstDay = s.planStart;
  const lastWeek = days.filter((d) => d.date > addDays(today, -7));
  // The revision in force today: the latest start on or before it; of two on one day, the later one.
  const inForce = s.revisionQuotas
    .filter((r) => r.effectiveFrom <= today)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.number - b.number)
    .at(-1);
  return {
    id: p.id,
    fullName: p.fullName,
    status: p.status,
    primaryClinicianId: p.primaryClinicianId,
    primaryClinicianName: p.primaryClinicianName,
    lastEntryDate: s.lastEntryDate,
    daysSinceLastEntry: s.lastEntryDate ? daysBetween(s.lastEntryDate, today) : null,
    // A discharged patient's care has ended: nothing about them is raised any more (episodes, issue 18).
    alerts:
      p.status === "discharged"
        ? []
        : alertsFor(
            signals,
            s.acks.map((a) => ({ rule: a.rule as Alert["rule"], upToDate: a.upToDate })),
          ),
    painSparkline: window.map((date) => days.find((d) => d.date === date)?.painAverage ?? null),
    // Only meaningful once some activity has a quota (not while every baseline is still being measured).
    onTargetPercent:
      hasPlan && inForce?.quoted
        ? Math.round(
            (lastWeek.filter((d) => d.adherence === "on_target").length /
              Math.max(1, daysInPlan(signals, 7))) *
              100,
          )
        : null,
    planWeek: firstDay && firstDay <= today ? Math.floor(daysBetween(firstDay, today) / 7) + 1 : null,
    unreadMessages: beside.unreadMessages,
  };
}
