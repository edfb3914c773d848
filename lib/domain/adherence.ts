/**
 * Sticking to the quota: doing much more than planned ("boom-bust") is as much a problem as doing less.
 * Defaults (docs/ARCHITECTURE.md, Clinical rules): on target is 90-125% of the quota; above 130% is an overshoot.
 *
 * Each boundary is also at least one unit step from the quota, so small quotas do not flip on a single
 * unit (4 repetitions against 3 is on target, not "well over"): a whole repetition or minute is the
 * smallest amount a patient can log, and a margin below it would turn rounding into a verdict. The quota
 * is a target to keep close to, not a threshold to the unit (Vlaeyen & Linton, Pain 2000;85:317, operant
 * quota contingency; Lambeek et al. BMJ 2010;340:c1035).
 */
export const ADHERENCE_THRESHOLDS = { onTargetMin: 0.9, onTargetMax: 1.25, overshootAbove: 1.3 } as const;

export type Adherence = "under" | "on_target" | "over" | "overshoot";

/** Floating-point slack so 18 of 20 lands exactly on the 90% boundary. */
const EPS = 1e-9;

/** `unitStep` is the smallest amount of the activity's unit (UNIT_STEP): 1 minute, 100 steps, 10 metres. */
export function adherenceOf(done: number, quota: number, unitStep = 1, t = ADHERENCE_THRESHOLDS): Adherence {
  if (quota <= 0) return done > 0 ? "over" : "on_target";
  const margin = (fraction: number) => Math.max(Math.abs(fraction - 1) * quota, unitStep);
  if (done < quota - margin(t.onTargetMin) - EPS) return "under";
  if (done <= quota + margin(t.onTargetMax) + EPS) return "on_target";
  if (done <= quota + margin(t.overshootAbove) + EPS) return "over";
  return "overshoot";
}

export type AdherenceItem = { done: number; quota: number; unitStep?: number };

/** A day's overall verdict across its activities: any overshoot counts, then any shortfall. */
export function dayAdherence(items: AdherenceItem[]): Adherence | null {
  if (items.length === 0) return null;
  const each = items.map((i) => adherenceOf(i.done, i.quota, i.unitStep));
  if (each.includes("overshoot")) return "overshoot";
  if (each.includes("under")) return "under";
  if (each.includes("over")) return "over";
  return "on_target";
}
