// What the plan editor posts for the security fixtures' walking plans (prepare-security-fixtures.ts), and the
// fixtures' calendar day: the matrix, the fuzzers and the inert-script check revise those plans.

/** A day of the fixtures' time zone (Europe/London), `offset` days from today, as YYYY-MM-DD. */
export const fixtureDay = (offset = 0) =>
  new Date(Date.now() + offset * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });

/** The walking activity as the editor posts it. */
export const WALKING_ACTIVITY = {
  name: "Walking",
  unit: "minutes",
  baselineMode: "entered",
  baseline: 15,
  startPercent: 70,
  progression: { kind: "fixed", step: 1, everyDays: 2 },
  goal: 40,
};

/** A revision from today of a plan with the walking activity (changed by `activity`), as the editor posts it. */
export const walkingRevision = (
  expectedVersion: number,
  reason: string,
  activity: Partial<typeof WALKING_ACTIVITY> & { key?: string } = {},
) => ({
  expectedVersion,
  effectiveFrom: fixtureDay(),
  reason,
  activities: [{ ...WALKING_ACTIVITY, ...activity }],
});
