import { addDays, type LocalDate } from "@/lib/domain/calendar";
import { goalProgress, type GoalProgress } from "@/lib/domain/goals";
import { describeProgression } from "@/lib/domain/graded-activity/describe";
import { planQuotasOn, type NumberedRevision } from "@/lib/domain/graded-activity/plan-schedule";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { formatAmount } from "@/lib/domain/graded-activity/units";
import type { WorkAnswers } from "@/lib/domain/outcomes/work-status";
import { MIC, outcomeTrend, type ChangeVerdict, type Measure } from "@/lib/domain/outcomes/measures";
import { weeklyPainScores } from "@/lib/domain/outcomes/weekly-pain";
import { dailySeries, type DayEntry } from "@/lib/domain/series";
import { rollingMean } from "@/lib/domain/weekly";

/** The printed charts cover the last 12 weeks (or the whole plan, when shorter): what fits on paper. */
export const SUMMARY_DAYS = 84;

export type SummaryInput = {
  today: LocalDate;
  revisions: readonly (NumberedRevision & { activities: PlannedActivity[] })[];
  diary: DayEntry[];
  measures: {
    instrument: "psfs" | "peg" | "fabq" | "work";
    takenOn: LocalDate;
    score: number;
    answers?: unknown;
  }[];
  goals: {
    description: string;
    measure: "activity" | "pain" | "psfs" | "work";
    activityKey: string | null;
    target: number;
    targetDate: LocalDate;
    status: "active" | "achieved" | "stopped";
    createdAt: Date;
  }[];
};

export type OutcomeRow = {
  measure: Measure;
  label: string;
  micText: string;
  count: number;
  first: { date: LocalDate; score: number } | null;
  latest: { date: LocalDate; score: number; change: number; verdict: ChangeVerdict; atBest: boolean } | null;
};

export type ActivitySummary = {
  key: string;
  name: string;
  unit: PlannedActivity["unit"];
  goal: number;
  todayQuota: number | null;
  progression: string;
  days: { date: LocalDate; done: number | null; quota: number | null }[];
};

const OUTCOME_LABELS: Record<Measure, { label: string; mic: string }> = {
  nrs: {
    label: "Pain NRS (weekly mean of daily average, 0-10, lower is better)",
    mic: `2 points or 30% (${MIC.nrs.source})`,
  },
  psfs: {
    label: "PSFS (mean of the patient's activities, 0-10, higher is better)",
    mic: `2 points (${MIC.psfs.source})`,
  },
  peg: {
    label: "PEG (pain, enjoyment, activity, 0-10, lower is better)",
    mic: `1 point or 30% (${MIC.peg.source})`,
  },
};

function outcomeRow(measure: Measure, scores: { date: LocalDate; score: number }[]): OutcomeRow {
  const trend = outcomeTrend(measure, scores);
  return {
    measure,
    label: OUTCOME_LABELS[measure].label,
    micText: OUTCOME_LABELS[measure].mic,
    count: trend.points.length,
    first: trend.first,
    latest: trend.latest && {
      date: trend.latest.date,
      score: trend.latest.score,
      change: trend.latest.change,
      verdict: trend.latest.verdict,
      atBest: trend.latest.atBest,
    },
  };
}

/** The figures the printable progress summary shows, from data already read and scoped. */
export function progressSummary(input: SummaryInput) {
  const { today, revisions, diary } = input;
  const starts = [revisions[0]?.effectiveFrom, diary[0]?.date].filter((d): d is string => Boolean(d)).sort();
  const from = [starts[0] ?? today, addDays(today, -(SUMMARY_DAYS - 1))].sort().at(-1)!;
  const latest = revisions.at(-1);
  const activities = [...new Map(revisions.flatMap((r) => r.activities).map((a) => [a.key, a])).values()];
  const rows = dailySeries(
    from,
    today,
    diary,
    revisions,
    activities.map((a) => a.key),
  );
  const rolling = rollingMean(rows.map((r) => r.painAverage));
  const quotasToday = planQuotasOn(revisions, today);

  const activitySummaries: ActivitySummary[] = (latest?.activities ?? []).map((a) => ({
    key: a.key,
    name: a.name,
    unit: a.unit,
    goal: a.goal,
    todayQuota: quotasToday.find((q) => q.activity.key === a.key)?.quota ?? null,
    progression: describeProgression(a.progression, a.unit),
    days: rows.map((r) => ({ date: r.date, done: r.done[a.key] ?? null, quota: r.quota[a.key] ?? null })),
  }));

  const painDays = diary.map((d) => ({ date: d.date, painAverage: d.painAverage }));
  const psfs = input.measures
    .filter((m) => m.instrument === "psfs")
    .map((m) => ({ date: m.takenOn, score: m.score }));
  const peg = input.measures
    .filter((m) => m.instrument === "peg")
    .map((m) => ({ date: m.takenOn, score: m.score }));
  const workReports = input.measures
    .filter((m) => m.instrument === "work")
    .map((m) => ({ date: m.takenOn, status: (m.answers as WorkAnswers).status }));
  const outcomes = [
    outcomeRow("nrs", weeklyPainScores(painDays)),
    outcomeRow("psfs", psfs),
    outcomeRow("peg", peg),
  ];

  const goals = input.goals.map((g) => {
    const activity = activities.find((a) => a.key === g.activityKey);
    const progress: GoalProgress = goalProgress(
      {
        measure: g.measure,
        target: g.target,
        targetDate: g.targetDate,
        createdOn: g.createdAt.toISOString().slice(0, 10),
      },
      {
        today,
        activityDays: diary.flatMap((d) =>
          d.activities
            .filter((l) => l.key === g.activityKey)
            .map((l) => ({ date: d.date, amount: l.amount })),
        ),
        painDays,
        psfsScores: psfs,
        workReports,
      },
    );
    const target =
      g.measure === "activity"
        ? activity
          ? `${formatAmount(g.target, activity.unit)} of ${activity.name.toLowerCase()} a day`
          : `${g.target}`
        : g.measure === "pain"
          ? `average pain ${g.target} or less`
          : g.measure === "work"
            ? `back at work, ${g.target >= 2 ? "full hours" : "agreed reduced hours"}, for 4 weeks`
            : `PSFS mean ${g.target} or more`;
    return { description: g.description, status: g.status, targetDate: g.targetDate, target, progress };
  });

  return {
    from,
    to: today,
    pain: rows.map((r, i) => ({ date: r.date, painAverage: r.painAverage, rolling: rolling[i] ?? null })),
    revisionMarks: revisions
      .filter((r) => r.effectiveFrom >= from && r.effectiveFrom <= today)
      .map((r) => ({ date: r.effectiveFrom, number: r.number })),
    activities: activitySummaries,
    outcomes,
    goals,
    daysLogged: rows.filter((r) => r.painAverage !== null).length,
    days: rows.length,
  };
}

export type ProgressSummary = ReturnType<typeof progressSummary>;
