import { formatLocalDate, type LocalDate } from "../calendar";
import { goalReachedOn, quotaOn } from "./quota";
import type { PlannedActivity, Progression } from "./types";
import { formatAmount, type Unit } from "./units";

export function describeProgression(p: Progression, unit: Unit): string {
  switch (p.kind) {
    case "fixed":
      return `+${formatAmount(p.step, unit)} every ${p.everyDays === 1 ? "day" : `${p.everyDays} days`}`;
    case "percent":
      return `+${p.percent}% every ${p.everyDays === 1 ? "day" : `${p.everyDays} days`}`;
    case "goal_date":
      return `steadily to the goal by ${formatLocalDate(p.goalDate)}`;
  }
}

/**
 * What a schedule preview says about an activity from `from` on: the quota on that day and the day the goal
 * is reached. An activity that continues from its current quota keeps its original start quota and
 * progression day, so on `from` it is already partway up: the words must use that day's quota, like the
 * chart does, not the start quota.
 */
export function scheduleOutline(
  activity: PlannedActivity,
  from: LocalDate,
): { startsAt: number | null; reachedOn: LocalDate | null } {
  return { startsAt: quotaOn(activity, from), reachedOn: goalReachedOn(activity) };
}

/**
 * What a revision changed, in words, for the revision history. With `effectiveFrom`, an edited activity that
 * stays on hold says so: a hold ends on its own date or by an explicit decision, never silently.
 */
export function describeChanges(
  before: PlannedActivity[],
  after: PlannedActivity[],
  effectiveFrom?: LocalDate,
): string[] {
  const changes: string[] = [];
  const old = new Map(before.map((a) => [a.key, a]));
  for (const a of after) {
    const b = old.get(a.key);
    old.delete(a.key);
    if (!b) {
      changes.push(
        `Added ${a.name}${a.startQuota === null ? " (measuring baseline)" : `, starting at ${formatAmount(a.startQuota, a.unit)}`}`,
      );
      continue;
    }
    const parts: string[] = [];
    if (b.name !== a.name) parts.push(`renamed from ${b.name}`);
    if (b.unit !== a.unit) parts.push(`unit ${b.unit} → ${a.unit}`);
    if (b.baseline !== a.baseline && a.baseline !== null)
      parts.push(`baseline ${b.baseline ?? "being measured"} → ${a.baseline}`);
    if (b.goal !== a.goal)
      parts.push(`goal ${formatAmount(b.goal, b.unit)} → ${formatAmount(a.goal, a.unit)}`);
    if (JSON.stringify(b.progression) !== JSON.stringify(a.progression))
      parts.push(`progression now ${describeProgression(a.progression, a.unit)}`);
    if (b.startFraction !== a.startFraction)
      parts.push(`start at ${Math.round(a.startFraction * 100)}% of baseline`);
    if (
      a.startQuota !== null &&
      (b.startQuota !== a.startQuota || b.progressFrom !== a.progressFrom) &&
      parts.length === 0
    ) {
      parts.push(
        `quota set to ${formatAmount(a.startQuota, a.unit)}${a.progressFrom ? `, rising again from ${formatLocalDate(a.progressFrom)}` : ""}`,
      );
    }
    const stillHeld =
      effectiveFrom !== undefined &&
      a.progressFrom !== null &&
      a.progressFrom > effectiveFrom &&
      b.progressFrom === a.progressFrom;
    if (parts.length > 0 && stillHeld)
      parts.push(`still on hold: rising again from ${formatLocalDate(a.progressFrom!)}`);
    if (parts.length > 0) changes.push(`${a.name}: ${parts.join("; ")}`);
  }
  for (const removed of old.values()) changes.push(`Removed ${removed.name}`);
  return changes;
}
