import { holdActivities } from "@/lib/domain/graded-activity/build-revision";
import { BUILT_IN_ACTIVITIES } from "@/lib/domain/activity-library";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import type { Queryable } from "../client";
import { planRevisions, plans, revisionActivities } from "../schema";
import { activityRow, type RevisionKind } from "../queries/plans";

// The demo seed uses the pure quota engine (lib/domain has no imports of its own), so holds and edits
// continue exactly where the previous revision was, as they would in the app.

export const demoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export type DemoRevision = {
  number: number;
  kind: RevisionKind;
  effectiveFrom: string;
  holdDays: number;
  reason: string;
  activities: PlannedActivity[];
};

type Spec = Omit<PlannedActivity, "key" | "startQuota" | "progressFrom"> & { key?: string };

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

/** The built-in library's instructions for a demo activity of the same (or a shorter) name. */
function demoInstructions(name: string): string {
  const found = BUILT_IN_ACTIVITIES.find((a) => plain(a.name).startsWith(plain(name)));
  return found?.instructions ?? "";
}

function start(specs: Spec[], offset: number): PlannedActivity[] {
  return specs.map((s) => ({
    instructions: demoInstructions(s.name),
    ...s,
    key: s.key ?? slug(s.name),
    startQuota: s.baseline === null ? null : Math.max(1, Math.round(s.baseline * s.startFraction)),
    progressFrom: s.baseline === null ? null : demoDay(offset),
  }));
}

const walking = (baseline: number, goal: number, step: number, everyDays: number): Spec => ({
  name: "Walking",
  unit: "minutes",
  baseline,
  startFraction: 0.7,
  progression: { kind: "fixed", step, everyDays },
  goal,
});

export type Story = {
  startOffset: number;
  reason: string;
  activities: Spec[];
  later?: (first: PlannedActivity[]) => Omit<DemoRevision, "number">[];
};

export const demoStories: Record<string, Story> = {
  "maria.lopez@mail.example": {
    startOffset: -70,
    reason: "Return to full office days by the end of the plan",
    activities: [
      { ...walking(15, 40, 0, 1), progression: { kind: "goal_date", goalDate: demoDay(14) } },
      {
        name: "Sitting",
        unit: "minutes",
        baseline: 30,
        startFraction: 0.7,
        progression: { kind: "goal_date", goalDate: demoDay(14) },
        goal: 90,
      },
    ],
  },
  "james.oneill@mail.example": {
    startOffset: -58,
    reason: "Graded return to warehouse work",
    activities: [
      walking(12, 40, 1, 2),
      {
        name: "Lifting practice",
        unit: "repetitions",
        baseline: 8,
        startFraction: 0.7,
        progression: { kind: "percent", percent: 5, everyDays: 2 },
        goal: 30,
      },
    ],
    later: (first) => [
      {
        kind: "hold",
        effectiveFrom: demoDay(-2),
        holdDays: 5,
        reason: "Flare-up reported after lifting a sofa at home; holding quotas",
        activities: holdActivities(first, demoDay(-2), 5),
      },
    ],
  },
  "aiko.tanaka@mail.example": {
    startOffset: -4,
    reason: "Walking plan; measuring baseline first",
    activities: [{ ...walking(0, 30, 2, 2), baseline: null }],
  },
  "daniel.brooks@mail.example": {
    startOffset: -77,
    reason: "Daily steps, quota system",
    activities: [
      {
        name: "Steps",
        unit: "steps",
        baseline: 3000,
        startFraction: 0.7,
        progression: { kind: "percent", percent: 3, everyDays: 2 },
        goal: 8000,
      },
    ],
  },
  "fatima.haddad@mail.example": {
    startOffset: -56,
    reason: "Home exercise set",
    activities: [
      {
        name: "Bridging",
        unit: "repetitions",
        baseline: 10,
        startFraction: 0.8,
        progression: { kind: "percent", percent: 5, everyDays: 3 },
        goal: 20,
      },
      {
        name: "Sit to stand",
        unit: "repetitions",
        baseline: 8,
        startFraction: 0.8,
        progression: { kind: "percent", percent: 5, everyDays: 3 },
        goal: 15,
      },
    ],
  },
  "lukas.novak@mail.example": {
    startOffset: -84,
    reason: "Walking distance, building toward a return to running",
    activities: [
      {
        name: "Walking distance",
        unit: "metres",
        baseline: 1500,
        startFraction: 0.7,
        progression: { kind: "fixed", step: 50, everyDays: 2 },
        goal: 5000,
      },
    ],
  },
  "grace.mensah@mail.example": {
    startOffset: -60,
    reason: "Build confidence with bending",
    activities: [
      walking(10, 30, 1, 3),
      {
        name: "Bending practice",
        unit: "repetitions",
        baseline: 5,
        startFraction: 0.7,
        progression: { kind: "fixed", step: 1, everyDays: 5 },
        goal: 15,
      },
    ],
  },
  "sam.whitfield@mail.example": {
    startOffset: -70,
    reason: "Sitting tolerance for driving shifts",
    activities: [
      {
        name: "Sitting",
        unit: "minutes",
        baseline: 25,
        startFraction: 0.7,
        progression: { kind: "fixed", step: 2, everyDays: 3 },
        goal: 90,
      },
    ],
  },
  "olivia.chen@mail.example": {
    startOffset: -63,
    reason: "Walking at lunchtime",
    activities: [walking(14, 30, 1, 3)],
    later: (first) => [
      {
        kind: "edit",
        effectiveFrom: demoDay(-20),
        holdDays: 0,
        reason: "Doing well; raised the walking goal to 40 minutes",
        activities: first.map((a) => ({ ...a, goal: 40 })),
      },
    ],
  },
  "ravi.patel@mail.example": {
    startOffset: -49,
    reason: "Walking before night shifts",
    activities: [walking(20, 45, 1, 2)],
  },
};

export function demoRevisions(story: Story): DemoRevision[] {
  const first = start(story.activities, story.startOffset);
  const initial = {
    kind: "initial" as const,
    effectiveFrom: demoDay(story.startOffset),
    holdDays: 0,
    reason: story.reason,
    activities: first,
  };
  return [initial, ...(story.later?.(first) ?? [])].map((r, i) => ({ ...r, number: i + 1 }));
}

export async function seedDemoPlan(
  q: Queryable,
  ids: { clinicId: string; patientId: string; authorId: string },
  revisions: DemoRevision[],
): Promise<void> {
  const [plan] = await q
    .insert(plans)
    .values({ clinicId: ids.clinicId, patientId: ids.patientId, version: revisions.length })
    .returning({ id: plans.id });
  for (const r of revisions) {
    const [revision] = await q
      .insert(planRevisions)
      .values({
        clinicId: ids.clinicId,
        planId: plan!.id,
        number: r.number,
        kind: r.kind,
        effectiveFrom: r.effectiveFrom,
        holdDays: r.holdDays,
        reason: r.reason,
        authorId: ids.authorId,
      })
      .returning({ id: planRevisions.id });
    await q
      .insert(revisionActivities)
      .values(r.activities.map((a, position) => activityRow(a, ids.clinicId, revision!.id, position)));
  }
}
