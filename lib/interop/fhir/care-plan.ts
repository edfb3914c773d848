import type { CarePlan, CarePlanActivity, Goal } from "fhir/r4";
import { addDays } from "@/lib/domain/calendar";
import { describeProgression } from "@/lib/domain/graded-activity/describe";
import { quotaOn } from "@/lib/domain/graded-activity/quota";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { formatAmount } from "@/lib/domain/graded-activity/units";
import { quantity } from "./codes";
import { ref, stableUuid } from "./ids";
import type { ExportRecord } from "./record";

type Plan = NonNullable<ExportRecord["plan"]>;
type Revision = Plan["revisions"][number];

/** The id of the CarePlan version that stands for one plan revision. */
export const carePlanId = (planId: string, number: number) => stableUuid("CarePlan", planId, String(number));

/** One Goal per activity target (key, goal amount, unit), shared by the revisions that aim at it. */
export const activityGoalId = (patientId: string, a: PlannedActivity) =>
  stableUuid("Goal", patientId, "activity", a.key, a.unit, String(a.goal));

export function activityGoals(patientId: string, plan: Plan | null): Goal[] {
  const seen = new Map<string, Goal>();
  for (const r of plan?.revisions ?? [])
    for (const a of r.activities) {
      const id = activityGoalId(patientId, a);
      if (seen.has(id)) continue;
      seen.set(id, {
        resourceType: "Goal",
        id,
        lifecycleStatus: "active",
        description: { text: `${a.name}: ${formatAmount(a.goal, a.unit)} a day` },
        subject: ref(patientId),
        target: [{ measure: { text: `${a.name} per day` }, detailQuantity: quantity(a.goal, a.unit) }],
      });
    }
  return [...seen.values()];
}

function activity(patientId: string, r: Revision, a: PlannedActivity, end: string | null): CarePlanActivity {
  const first = quotaOn(a, r.effectiveFrom);
  const last = end ? quotaOn(a, end) : null;
  const quotas =
    first === null
      ? "Baseline: done to tolerance on three occasions, no quota yet"
      : `Daily quota ${formatAmount(first, a.unit)} from the first day` +
        (last !== null && last !== first ? `, ${formatAmount(last, a.unit)} by the last day` : "") +
        `, ${describeProgression(a.progression, a.unit)}, up to ${formatAmount(a.goal, a.unit)}`;
  return {
    detail: {
      code: { text: a.name },
      status: first === null ? "not-started" : end ? "completed" : "in-progress",
      description: quotas,
      goal: [ref(activityGoalId(patientId, a))],
      scheduledTiming: {
        repeat: {
          boundsPeriod: { start: r.effectiveFrom, ...(end ? { end } : {}) },
          frequency: 1,
          period: 1,
          periodUnit: "d",
        },
      },
      ...(first === null ? {} : { dailyAmount: quantity(first, a.unit) }),
    },
  };
}

/**
 * One CarePlan per plan revision: a new version `replaces` the one before, which keeps the quotas its days
 * had (a revision never rewrites the past). The revision in force today is active (on hold when the plan
 * is paused); earlier ones are revoked, a later-dated one is a draft until its day comes.
 */
export function carePlans(record: ExportRecord, today: string): CarePlan[] {
  const plan = record.plan;
  if (!plan) return [];
  const revisions = [...plan.revisions].sort((a, b) => a.number - b.number);
  return revisions.map((r, i) => {
    const next = revisions[i + 1];
    const end = next ? addDays(next.effectiveFrom, -1) : null;
    const superseded = next !== undefined && next.effectiveFrom <= today;
    const status: CarePlan["status"] =
      r.effectiveFrom > today
        ? "draft"
        : superseded
          ? "revoked"
          : record.patient.status === "paused"
            ? "on-hold"
            : record.patient.status === "discharged"
              ? "completed"
              : "active";
    const previous = revisions[i - 1];
    return {
      resourceType: "CarePlan",
      id: carePlanId(plan.id, r.number),
      identifier: [{ system: "urn:ietf:rfc:3986", value: `urn:uuid:${plan.id}` }],
      status,
      intent: "plan",
      title: `Graded-activity plan, revision ${r.number}`,
      description: r.reason,
      subject: ref(record.patient.id),
      period: { start: r.effectiveFrom, ...(end && end >= r.effectiveFrom ? { end } : {}) },
      created: r.createdAt.toISOString(),
      author: { display: r.authorName },
      ...(previous ? { replaces: [ref(carePlanId(plan.id, previous.number))] } : {}),
      goal: [...new Set(r.activities.map((a) => activityGoalId(record.patient.id, a)))].map((id) => ref(id)),
      activity: r.activities.map((a) =>
        activity(record.patient.id, r, a, end && end >= r.effectiveFrom ? end : null),
      ),
    };
  });
}
