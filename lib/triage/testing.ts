import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffActor } from "@/db/actor";
import { activityLogs, alertAcks, diaryEntries, patients, users } from "@/db/schema";
import { clinicOrPatient, ofPatient } from "@/db/queries/scope";
import type { Database } from "@/db/client";
import { clinicPlans, type StoredPlan } from "@/db/queries/plans";
import { clinicPsfsScores } from "@/db/queries/outcomes";
import { openRedFlags } from "@/db/queries/red-flags";
import { dayAdherence } from "@/lib/domain/adherence";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { alertsFor, daysInPlan, SEVERITY_RANK, type Alert, type PatientSignals } from "@/lib/domain/alerts";
import { addDays, dateRange, daysBetween } from "@/lib/domain/calendar";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { readBesideSummary } from "./beside-summary";

import { RECENT_DAYS, type TriageRow } from "./summary";

/*
 * The triage list recomputed from the raw tables, as it was computed on every request before the summary
 * was kept on write: the reference the property test (summary.db.test.ts) holds the kept summary to.
 */

const clinician = alias(users, "clinician");

/**
 * What the clinic's triage list needs, in three aggregate queries: each patient with their last diary date,
 * the diary of the recent days only (with activity amounts folded into one row per day), and the latest
 * acknowledgement per alert rule. The full diary history is never loaded.
 */
async function triageData(db: Database, actor: StaffActor, since: string, onlyPatientId?: string) {
  const scope = clinicOrPatient(actor, onlyPatientId);
  const roster = await db
    .select({
      id: patients.id,
      fullName: patients.fullName,
      status: patients.status,
      timeZone: patients.timeZone,
      hasAccount: sql<boolean>`${patients.userId} IS NOT NULL`,
      primaryClinicianId: patients.primaryClinicianId,
      primaryClinicianName: clinician.name,
      lastEntryDate: sql<
        string | null
      >`(SELECT max(${diaryEntries.entryDate})::text FROM ${diaryEntries} WHERE ${diaryEntries.clinicId} = ${patients.clinicId} AND ${diaryEntries.patientId} = ${patients.id})`,
    })
    .from(patients)
    .innerJoin(clinician, eq(clinician.id, patients.primaryClinicianId))
    .where(scope);

  const recent = await db
    .select({
      patientId: diaryEntries.patientId,
      date: diaryEntries.entryDate,
      painNow: diaryEntries.painNow,
      painAverage: diaryEntries.painAverage,
      activities: sql<
        { key: string; amount: number }[]
      >`coalesce(json_agg(json_build_object('key', ${activityLogs.activityKey}, 'amount', ${activityLogs.amount})) FILTER (WHERE ${activityLogs.id} IS NOT NULL), '[]'::json)`,
    })
    .from(diaryEntries)
    .innerJoin(patients, ofPatient(diaryEntries))
    .leftJoin(
      activityLogs,
      and(eq(activityLogs.clinicId, diaryEntries.clinicId), eq(activityLogs.entryId, diaryEntries.id)),
    )
    .where(and(scope, gte(diaryEntries.entryDate, since)))
    .groupBy(diaryEntries.clinicId, diaryEntries.id)
    .orderBy(diaryEntries.entryDate);

  const acks = await db
    .selectDistinctOn([alertAcks.patientId, alertAcks.rule], {
      patientId: alertAcks.patientId,
      rule: alertAcks.rule,
      upToDate: alertAcks.upToDate,
    })
    .from(alertAcks)
    .innerJoin(patients, ofPatient(alertAcks))
    .where(scope)
    .orderBy(alertAcks.patientId, alertAcks.rule, desc(alertAcks.acknowledgedAt));

  return { roster, recent, acks };
}

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
export async function recomputeTriageList(
  db: Database,
  actor: StaffActor,
  now = new Date(),
  onlyPatientId?: string,
): Promise<TriageRow[]> {
  const since = addDays(now.toISOString().slice(0, 10), -(RECENT_DAYS + 2));
  const [{ roster, recent, acks }, plans, redFlags, psfs, beside] = await Promise.all([
    triageData(db, actor, since, onlyPatientId),
    clinicPlans(db, actor, onlyPatientId),
    openRedFlags(db, actor, onlyPatientId),
    clinicPsfsScores(db, actor, onlyPatientId),
    readBesideSummary(db, actor, now, onlyPatientId),
  ]);
  const recentByPatient = new Map<string, Recent[]>();
  for (const r of recent) recentByPatient.set(r.patientId, [...(recentByPatient.get(r.patientId) ?? []), r]);

  const rows = roster.map((p): TriageRow => {
    const today = localDate(p.timeZone, now);
    const plan = plans.get(p.id);
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
      ...beside(p).signals,
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
      alerts:
        p.status === "discharged"
          ? []
          : alertsFor(
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
      unreadMessages: beside(p).unreadMessages,
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
      a.fullName.localeCompare(b.fullName) ||
      a.id.localeCompare(b.id),
  );
}
