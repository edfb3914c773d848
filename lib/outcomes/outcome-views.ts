import "server-only";
import type { DiaryEntry } from "@/db/queries/diary";
import type { Goal } from "@/db/queries/goals";
import type { MeasureResponse } from "@/db/queries/outcomes";
import { formatLocalDate } from "@/lib/domain/calendar";
import { goalProgress, type GoalProgress } from "@/lib/domain/goals";
import {
  MIC,
  outcomeTrend,
  psfsItemChanges,
  type Measure,
  type OutcomeTrend,
  type PsfsItem,
} from "@/lib/domain/outcomes/measures";
import { weeklyPainScores } from "@/lib/domain/outcomes/weekly-pain";
import type { WorkAnswers } from "@/lib/domain/outcomes/work-status";

const LABELS: Record<Measure, { title: string; unitLabel: string; mic: string }> = {
  nrs: {
    title: "Pain NRS, weekly mean of average pain (lower is better)",
    unitLabel: "pain 0-10",
    mic: `${MIC.nrs.points} points or ${MIC.nrs.percent * 100}%`,
  },
  psfs: {
    title: "PSFS, mean ability in the patient's own activities (higher is better)",
    unitLabel: "PSFS 0-10",
    mic: `${MIC.psfs.points} points on the mean`,
  },
  peg: {
    title: "PEG, pain and its interference (lower is better)",
    unitLabel: "PEG 0-10",
    mic: `${MIC.peg.points} point or ${MIC.peg.percent * 100}%`,
  },
};

export type OutcomeView = {
  measure: Measure;
  title: string;
  unitLabel: string;
  micWords: string;
  trend: OutcomeTrend;
  /** One sentence a physio reads at a glance (and a screen reader reads for the chart). */
  verdict: string;
  /** PSFS only: activities whose own rating moved by 3 points or more. */
  itemChanges: { activity: string; change: number }[];
};

const fmt = (n: number) => n.toFixed(1);
const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(1)}`;

function verdictOf(measure: Measure, trend: OutcomeTrend): string {
  const { first, latest, improvedOn } = trend;
  if (!first || !latest) return "No scores yet.";
  if (trend.points.length === 1) return `First score ${fmt(first.score)} on ${formatLocalDate(first.date)}.`;
  const from = `${fmt(first.score)} to ${fmt(latest.score)} (${signed(latest.change)})`;
  const mic = LABELS[measure].mic;
  if (latest.atBest && latest.verdict !== "worse")
    return measure === "nrs"
      ? `Recovered: average pain 0 this week (${from}).`
      : `At the best score of the scale (${measure === "psfs" ? "10: as able as before the problem" : "0"}): ${from}.`;
  if (latest.verdict === "improved")
    return `Improved by at least the minimal important change (${mic}): ${from}; first reached on ${formatLocalDate(improvedOn!)}.`;
  if (latest.verdict === "worse") return `Worse by at least the minimal important change (${mic}): ${from}.`;
  return `No important change yet (needs ${mic}): ${from}.`;
}

/** The three outcome measures of one patient, each against its first score and the MIC. */
export function outcomeViews(
  responses: MeasureResponse[],
  diary: Pick<DiaryEntry, "date" | "painAverage">[],
): OutcomeView[] {
  const scores = (instrument: "psfs" | "peg") =>
    responses.filter((r) => r.instrument === instrument).map((r) => ({ date: r.takenOn, score: r.score }));
  const psfs = responses.filter((r) => r.instrument === "psfs");
  const trends: [Measure, OutcomeTrend][] = [
    ["nrs", outcomeTrend("nrs", weeklyPainScores(diary))],
    ["psfs", outcomeTrend("psfs", scores("psfs"))],
    ["peg", outcomeTrend("peg", scores("peg"))],
  ];
  return trends.map(([measure, trend]) => ({
    measure,
    title: LABELS[measure].title,
    unitLabel: LABELS[measure].unitLabel,
    // What the MIC is and where its number comes from, for the chart's legend.
    micWords: `${LABELS[measure].mic}, ${MIC[measure].source}`,
    trend,
    verdict: verdictOf(measure, trend),
    itemChanges:
      measure === "psfs" && psfs.length > 1
        ? psfsItemChanges(psfs[0]!.answers as PsfsItem[], psfs.at(-1)!.answers as PsfsItem[])
        : [],
  }));
}

export type GoalView = Goal & { progress: GoalProgress };

/** Goals with their progress from the diary and the PSFS. */
export function goalViews(
  goals: Goal[],
  today: string,
  diary: Pick<DiaryEntry, "date" | "painAverage" | "activities">[],
  responses: MeasureResponse[],
): GoalView[] {
  const painDays = diary.map((d) => ({ date: d.date, painAverage: d.painAverage }));
  const psfsScores = responses
    .filter((r) => r.instrument === "psfs")
    .map((r) => ({ date: r.takenOn, score: r.score }));
  const workReports = responses
    .filter((r) => r.instrument === "work")
    .map((r) => ({ date: r.takenOn, status: (r.answers as WorkAnswers).status }));
  return goals.map((goal) => ({
    ...goal,
    progress: goalProgress(
      {
        measure: goal.measure,
        target: goal.target,
        targetDate: goal.targetDate,
        createdOn: goal.createdAt.toISOString().slice(0, 10),
      },
      {
        today,
        painDays,
        psfsScores,
        workReports,
        activityDays: diary.flatMap((d) =>
          d.activities
            .filter((a) => a.key === goal.activityKey)
            .map((a) => ({ date: d.date, amount: a.amount })),
        ),
      },
    ),
  }));
}
