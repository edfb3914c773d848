import type { LocalDate } from "../calendar";

/**
 * Outcome measures (docs/ARCHITECTURE.md, Clinical rules): pain NRS from the diary, the Patient-Specific Functional Scale
 * (PSFS) and PEG. Each is scored per its instrument and judged against its minimal important change (MIC).
 */
export type Measure = "nrs" | "psfs" | "peg";

/**
 * Minimal important change per measure; `percent` is a share of the first score, where it applies. `source`
 * is shown beside the MIC line on the charts, so a reader knows where the number comes from.
 */
export const MIC = {
  nrs: {
    points: 2,
    percent: 0.3,
    source: "Ostelo et al., Spine 2008;33:90-94",
  },
  /** 2 points on the mean, 3 on a single activity. */
  psfs: {
    points: 2,
    percent: null,
    itemPoints: 3,
    source: "Stratford et al., Physiother Can 1995;47:258-263",
  },
  /** About 1 point or 30%. */
  peg: { points: 1, percent: 0.3, source: "Krebs et al., J Gen Intern Med 2009;24:733-738" },
} as const;

/**
 * The best end of each 0-10 scale: no pain (NRS, PEG) or as able as before the problem (PSFS). A score there
 * has no room left to improve, so "no important change" would be wrong: it is shown as recovered / at best.
 */
export const BEST_SCORE: Record<Measure, number> = { nrs: 0, psfs: 10, peg: 0 };

/** Which way is better: pain and PEG fall as a patient improves; PSFS ability rises. */
export const HIGHER_IS_BETTER: Record<Measure, boolean> = { nrs: false, psfs: true, peg: false };

/**
 * The PSFS asks for up to five activities the patient finds hard (Stratford et al. 1995); a patient with one
 * or two is scored on those. Three to five is common practice, not a rule of the instrument.
 */
export const PSFS_ITEMS = { min: 1, max: 5 } as const;

export type PsfsItem = { activity: string; rating: number };
export type PegAnswers = { pain: number; enjoyment: number; activity: number };

const roundTo2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function assertScale(value: number) {
  if (!Number.isInteger(value) || value < 0 || value > 10)
    throw new RangeError(`Not a 0-10 rating: ${value}`);
}

/** PSFS: the mean of the 1-5 activity ratings (0 = unable, 10 = as before the problem). */
export function scorePsfs(items: PsfsItem[]): number {
  if (items.length < PSFS_ITEMS.min || items.length > PSFS_ITEMS.max)
    throw new RangeError(`PSFS needs ${PSFS_ITEMS.min}-${PSFS_ITEMS.max} activities`);
  items.forEach((i) => assertScale(i.rating));
  return roundTo2(mean(items.map((i) => i.rating)));
}

/** PEG: the mean of pain, interference with enjoyment of life, and with general activity. */
export function scorePeg(a: PegAnswers): number {
  const items = [a.pain, a.enjoyment, a.activity];
  items.forEach(assertScale);
  return roundTo2(mean(items));
}

export type ChangeVerdict = "improved" | "worse" | "no_important_change";

export type Change = {
  /** Current minus first, in the measure's own points. */
  change: number;
  /** Change in the better direction (positive = better). */
  improvement: number;
  /** Improvement as a share of the first score, where the MIC has a percentage (null otherwise). */
  share: number | null;
  verdict: ChangeVerdict;
  /** The score is at the scale's best end (BEST_SCORE): recovered on this measure, whatever the change. */
  atBest: boolean;
};

/**
 * Change from the first score, judged against the MIC. An improvement counts when it reaches the points or,
 * where the measure has one, the percentage of the first score; a worsening only by the points (a rise
 * from 1 to 2 is 100% but not a change that matters).
 */
export function changeFrom(measure: Measure, first: number, current: number): Change {
  const change = roundTo2(current - first);
  const improvement = HIGHER_IS_BETTER[measure] ? change : -change;
  const mic = MIC[measure];
  const share = mic.percent !== null && first > 0 ? improvement / first : null;
  // A small tolerance so that 30% of a mean like 3.33 is not lost to floating point.
  const reaches = (value: number, threshold: number) => value >= threshold - 1e-9;
  let verdict: ChangeVerdict = "no_important_change";
  if (
    reaches(improvement, mic.points) ||
    (share !== null && mic.percent !== null && reaches(share, mic.percent))
  )
    verdict = "improved";
  else if (reaches(-improvement, mic.points)) verdict = "worse";
  return { change, improvement, share, verdict, atBest: current === BEST_SCORE[measure] };
}

/** PSFS activities whose own rating changed by the single-item MIC (3 points), better or worse. */
export function psfsItemChanges(first: PsfsItem[], current: PsfsItem[]) {
  return current.flatMap((item) => {
    const before = first.find((f) => f.activity === item.activity);
    if (!before) return [];
    const change = item.rating - before.rating;
    return Math.abs(change) >= MIC.psfs.itemPoints ? [{ activity: item.activity, change }] : [];
  });
}

export type ScorePoint = { date: LocalDate; score: number };

export type OutcomeTrend = {
  measure: Measure;
  points: (ScorePoint & Change)[];
  first: ScorePoint | null;
  latest: (ScorePoint & Change) | null;
  /** The first date the improvement reached the MIC (null if it never has). */
  improvedOn: LocalDate | null;
  /** The first score moved by the MIC in the better direction: the line a chart draws. */
  micLine: number | null;
};

/** Every score against the first one, with where the change first reached the MIC. */
export function outcomeTrend(measure: Measure, scores: ScorePoint[]): OutcomeTrend {
  const sorted = [...scores].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0] ?? null;
  const points = sorted.map((p) => ({ ...p, ...changeFrom(measure, first!.score, p.score) }));
  const improvedOn = points.find((p) => p.verdict === "improved")?.date ?? null;
  return {
    measure,
    points,
    first,
    latest: points.at(-1) ?? null,
    improvedOn,
    micLine: first === null ? null : micThreshold(measure, first.score),
  };
}

/** The score at which a patient starting at `first` has improved by the MIC (the easier of points or %). */
export function micThreshold(measure: Measure, first: number): number {
  const mic = MIC[measure];
  const byPoints = mic.points;
  const byShare = mic.percent !== null ? first * mic.percent : Infinity;
  const step = Math.min(byPoints, byShare);
  const target = HIGHER_IS_BETTER[measure] ? first + step : first - step;
  return roundTo2(Math.min(10, Math.max(0, target)));
}
