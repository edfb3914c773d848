import { dateRange, type LocalDate } from "../calendar";
import { quotaOn } from "./quota";
import type { PlannedActivity, RevisionSchedule } from "./types";

export type NumberedRevision = RevisionSchedule & { number: number };

/**
 * The revision in force on `date`: the latest effective date on or before it; of two with the same date, the
 * later one. Earlier days keep the revision they had, so a new revision never rewrites the past.
 */
export function revisionOn<R extends NumberedRevision>(revisions: readonly R[], date: LocalDate): R | null {
  let best: R | null = null;
  for (const r of revisions) {
    if (r.effectiveFrom > date) continue;
    if (
      !best ||
      r.effectiveFrom > best.effectiveFrom ||
      (r.effectiveFrom === best.effectiveFrom && r.number > best.number)
    )
      best = r;
  }
  return best;
}

export type PlanQuota = { activity: PlannedActivity; quota: number | null; revisionNumber: number };

/** Every activity's quota on `date` under a plan's revisions; empty before the plan starts. */
export function planQuotasOn(revisions: readonly NumberedRevision[], date: LocalDate): PlanQuota[] {
  const revision = revisionOn(revisions, date);
  if (!revision) return [];
  return revision.activities.map((activity) => ({
    activity,
    quota: quotaOn(activity, date),
    revisionNumber: revision.number,
  }));
}

/** One activity's quota, by key, for every day from `from` to `to` (null where it has none). */
export function planSeries(
  revisions: readonly NumberedRevision[],
  key: string,
  from: LocalDate,
  to: LocalDate,
) {
  return dateRange(from, to).map((date) => {
    const revision = revisionOn(revisions, date);
    const activity = revision?.activities.find((a) => a.key === key);
    return { date, quota: revision && activity ? quotaOn(activity, date) : null };
  });
}
