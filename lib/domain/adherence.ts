/**
 * Sticking to the quota: doing much more than planned ("boom-bust") is as much a problem as doing less.
 * Defaults (docs/ARCHITECTURE.md, Clinical rules): on target is 90-125% of the quota; above 130% is an overshoot.
 */
export const ADHERENCE_THRESHOLDS = { onTargetMin: 0.9, onTargetMax: 1.25, overshootAbove: 1.3 } as const;

export type Adherence = "under" | "on_target" | "over" | "overshoot";

export function adherenceOf(done: number, quota: number, t = ADHERENCE_THRESHOLDS): Adherence {
  if (quota <= 0) return done > 0 ? "over" : "on_target";
  const ratio = done / quota;
  if (ratio < t.onTargetMin) return "under";
  if (ratio <= t.onTargetMax) return "on_target";
  if (ratio <= t.overshootAbove) return "over";
  return "overshoot";
}

/** A day's overall verdict across its activities: any overshoot counts, then any shortfall. */
export function dayAdherence(items: { done: number; quota: number }[]): Adherence | null {
  if (items.length === 0) return null;
  const each = items.map((i) => adherenceOf(i.done, i.quota));
  if (each.includes("overshoot")) return "overshoot";
  if (each.includes("under")) return "under";
  if (each.includes("over")) return "over";
  return "on_target";
}
