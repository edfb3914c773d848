import type { PlannedActivity } from "./types";

/** Test fixture: walking from a 20-minute baseline at 70% (14 min), +2 minutes every 3 days, goal 30. */
export function walkingActivity(
  progressFrom: string,
  overrides: Partial<PlannedActivity> = {},
): PlannedActivity {
  return {
    key: "walking",
    name: "Walking",
    unit: "minutes",
    baseline: 20,
    startFraction: 0.7,
    startQuota: 14,
    progressFrom,
    progression: { kind: "fixed", step: 2, everyDays: 3 },
    goal: 30,
    ...overrides,
  };
}
