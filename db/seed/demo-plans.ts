import type { Queryable } from "../client";
import { activityLogs, diaryEntries, planRevisions, plans, revisionActivities } from "../schema";
import type { StoredActivity, RevisionKind } from "../queries/plans";

/**
 * Demo plans, written as plain data relative to the day of seeding. Quotas are given explicitly (start =
 * baseline x fraction, rounded) so the data layer needs no clinical logic; lib/domain's engine computes the
 * days in between exactly as for a real plan.
 */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type DemoActivity = Omit<StoredActivity, "key" | "progressFrom"> & {
  key?: string;
  progressFromOffset?: number;
};
type DemoRevision = {
  startOffset: number;
  kind: RevisionKind;
  holdDays?: number;
  reason: string;
  activities: DemoActivity[];
};

const walk = (baseline: number, goal: number, step = 2, everyDays = 2): DemoActivity => ({
  name: "Walking",
  unit: "minutes",
  baseline,
  startFraction: 0.7,
  startQuota: Math.round(baseline * 0.7),
  progression: { kind: "fixed", step, everyDays },
  goal,
});

export const demoPlans: Record<string, DemoRevision[]> = {
  "maria.lopez@mail.example": [
    {
      startOffset: -42,
      kind: "initial",
      reason: "Return to full office days by week 8",
      activities: [
        { ...walk(15, 40), progression: { kind: "goal_date", goalDate: day(14) } },
        {
          name: "Sitting",
          unit: "minutes",
          baseline: 30,
          startFraction: 0.7,
          startQuota: 21,
          progression: { kind: "goal_date", goalDate: day(14) },
          goal: 90,
        },
      ],
    },
  ],
  "james.oneill@mail.example": [
    {
      startOffset: -35,
      kind: "initial",
      reason: "Graded return to warehouse work",
      activities: [
        walk(12, 30, 1, 2),
        {
          name: "Lifting practice",
          unit: "repetitions",
          baseline: 8,
          startFraction: 0.7,
          startQuota: 6,
          progression: { kind: "percent", percent: 10, everyDays: 2 },
          goal: 30,
        },
      ],
    },
    {
      startOffset: -6,
      kind: "hold",
      holdDays: 4,
      reason: "Flare-up after lifting a sofa at home; pain 7/10 for two days",
      activities: [
        // The quotas of day -6 under revision 1, held for 4 days.
        { ...walk(12, 30, 1, 2), startQuota: 22, progressFromOffset: -2 },
        {
          name: "Lifting practice",
          unit: "repetitions",
          baseline: 8,
          startFraction: 0.7,
          startQuota: 23,
          progressFromOffset: -2,
          progression: { kind: "percent", percent: 10, everyDays: 2 },
          goal: 30,
        },
      ],
    },
  ],
  "aiko.tanaka@mail.example": [
    {
      startOffset: -4,
      kind: "initial",
      reason: "Walking plan; measure baseline first",
      activities: [{ ...walk(1, 30), baseline: null, startQuota: null }],
    },
  ],
  "daniel.brooks@mail.example": [
    {
      startOffset: -28,
      kind: "initial",
      reason: "Daily steps, quota system",
      activities: [
        {
          name: "Steps",
          unit: "steps",
          baseline: 3000,
          startFraction: 0.7,
          startQuota: 2100,
          progression: { kind: "percent", percent: 5, everyDays: 2 },
          goal: 8000,
        },
      ],
    },
  ],
  "fatima.haddad@mail.example": [
    {
      startOffset: -21,
      kind: "initial",
      reason: "Home exercise set",
      activities: [
        {
          name: "Bridging",
          unit: "repetitions",
          baseline: 10,
          startFraction: 0.8,
          startQuota: 8,
          progression: { kind: "percent", percent: 10, everyDays: 2 },
          goal: 20,
        },
        {
          name: "Sit to stand",
          unit: "repetitions",
          baseline: 8,
          startFraction: 0.8,
          startQuota: 6,
          progression: { kind: "percent", percent: 10, everyDays: 2 },
          goal: 15,
        },
      ],
    },
  ],
  "lukas.novak@mail.example": [
    {
      startOffset: -30,
      kind: "initial",
      reason: "Walking distance, building toward a return to running",
      activities: [
        {
          name: "Walking distance",
          unit: "metres",
          baseline: 1500,
          startFraction: 0.7,
          startQuota: 1050,
          progression: { kind: "fixed", step: 100, everyDays: 2 },
          goal: 5000,
        },
      ],
    },
  ],
  "grace.mensah@mail.example": [
    {
      startOffset: -24,
      kind: "initial",
      reason: "Build confidence with bending",
      activities: [
        walk(10, 30),
        {
          name: "Bending practice",
          unit: "repetitions",
          baseline: 5,
          startFraction: 0.7,
          startQuota: 4,
          progression: { kind: "fixed", step: 1, everyDays: 3 },
          goal: 15,
        },
      ],
    },
  ],
  "sam.whitfield@mail.example": [
    {
      startOffset: -20,
      kind: "initial",
      reason: "Sitting tolerance for driving shifts",
      activities: [
        {
          name: "Sitting",
          unit: "minutes",
          baseline: 25,
          startFraction: 0.7,
          startQuota: 18,
          progression: { kind: "fixed", step: 3, everyDays: 3 },
          goal: 90,
        },
      ],
    },
  ],
  "olivia.chen@mail.example": [
    { startOffset: -18, kind: "initial", reason: "Walking at lunchtime", activities: [walk(14, 30, 2, 3)] },
    {
      startOffset: -4,
      kind: "edit",
      reason: "Doing well; raised the walking goal to 40 minutes",
      activities: [{ ...walk(14, 40, 2, 3), key: "walking", startQuota: 10, progressFromOffset: -18 }],
    },
  ],
  "ravi.patel@mail.example": [
    {
      startOffset: -14,
      kind: "initial",
      reason: "Walking before night shifts",
      activities: [walk(20, 45, 3, 3)],
    },
  ],
};

/** Aiko's first three to-tolerance walks, so the clinician can confirm her baseline in the demo. */
export const demoBaselineSessions: Record<string, { key: string; amounts: number[] }> = {
  "aiko.tanaka@mail.example": { key: "walking", amounts: [12, 15, 14] },
};

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export async function seedDemoPlan(
  q: Queryable,
  {
    clinicId,
    patientId,
    authorId,
    revisions,
  }: { clinicId: string; patientId: string; authorId: string; revisions: DemoRevision[] },
): Promise<void> {
  const [plan] = await q
    .insert(plans)
    .values({ clinicId, patientId, version: revisions.length })
    .returning({ id: plans.id });
  for (const [i, r] of revisions.entries()) {
    const effectiveFrom = day(r.startOffset);
    const [revision] = await q
      .insert(planRevisions)
      .values({
        planId: plan!.id,
        number: i + 1,
        kind: r.kind,
        effectiveFrom,
        holdDays: r.holdDays ?? 0,
        reason: r.reason,
        authorId,
      })
      .returning({ id: planRevisions.id });
    await q.insert(revisionActivities).values(
      r.activities.map((a, position) => {
        const p = a.progression;
        const progressFrom =
          a.startQuota === null
            ? null
            : a.progressFromOffset !== undefined
              ? day(a.progressFromOffset)
              : effectiveFrom;
        return {
          revisionId: revision!.id,
          position,
          key: a.key ?? slug(a.name),
          name: a.name,
          unit: a.unit,
          baseline: a.baseline,
          startFraction: a.startFraction,
          startQuota: a.startQuota,
          progressFrom,
          goal: a.goal,
          progressionKind: p.kind,
          step: p.kind === "fixed" ? p.step : null,
          percent: p.kind === "percent" ? p.percent : null,
          everyDays: p.kind === "goal_date" ? null : p.everyDays,
          goalDate: p.kind === "goal_date" ? p.goalDate : null,
        };
      }),
    );
  }
}

export async function seedBaselineSessions(
  q: Queryable,
  patientId: string,
  { key, amounts }: { key: string; amounts: number[] },
) {
  for (const [i, amount] of amounts.entries()) {
    const [entry] = await q
      .insert(diaryEntries)
      .values({
        patientId,
        entryDate: day(i - amounts.length),
        clientId: crypto.randomUUID(),
        painNow: 4,
        painAverage: 4,
      })
      .returning({ id: diaryEntries.id });
    await q.insert(activityLogs).values({ entryId: entry!.id, activityKey: key, amount });
  }
}
