import type { CarePlan, CarePlanActivity, Goal } from "fhir/r4";
import { addDays } from "@/lib/domain/calendar";
import { describeProgression } from "@/lib/domain/graded-activity/describe";
import { quotaOn } from "@/lib/domain/graded-activity/quota";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { formatAmount } from "@/lib/domain/graded-activity/units";
import { planActivityCoding, quantity } from "./codes";
import { ref, stableUuid } from "./ids";
import type { ExportRecord } from "./record";

type Plan = NonNullable<ExportRecord["plan"]>;
type Revision = Plan["revisions"][number];

/** The id of the CarePlan version that stands for one plan revision. */
export const carePlanId = (planId: string, number: number) => stableUuid("CarePlan", planId, String(number));

/** One Goal per activity target (key, goal amount, unit), shared by the revisions that aim at it. */
export const activityGoalId = (patientId: string, a: PlannedActivity) =>
  stableUuid("Goal", patientId, "activity", a.key, a.unit, String(a.goal));

type GoalState = Pick<Goal, "lifecycleStatus" | "statusDate" | "statusReason">;

/** The revision in force on `today`: the latest that has begun (none while the first is still to come). */
function inForceOn(revisions: Revision[], today: string): Revision | undefined {
  return revisions.filter((r) => r.effectiveFrom <= today).at(-1);
}

/**
 * Where an activity target stands today. The in-force revision's targets are active (on hold while the
 * plan is paused, completed at discharge); a target only a later revision names is planned; a target of
 * older revisions only was cancelled by the revision that replaced it or dropped its activity, which
 * `statusReason` says, so a receiving system never sees two active targets for one activity.
 */
function goalState(
  id: string,
  key: string,
  patientId: string,
  revisions: Revision[],
  today: string,
  patientStatus: ExportRecord["patient"]["status"],
): GoalState {
  const current = inForceOn(revisions, today);
  const names = (r: Revision) => r.activities.some((a) => activityGoalId(patientId, a) === id);
  if (current && names(current)) {
    if (patientStatus === "paused") return { lifecycleStatus: "on-hold" };
    if (patientStatus === "discharged") return { lifecycleStatus: "completed" };
    return { lifecycleStatus: "active" };
  }
  const last = revisions.findLast(names)!;
  if (!current || last.number > current.number) return { lifecycleStatus: "planned" };
  const after = revisions.find((r) => r.number > last.number)!;
  const replacement = after.activities.find((a) => a.key === key);
  return {
    lifecycleStatus: "cancelled",
    statusDate: after.effectiveFrom,
    statusReason: replacement
      ? `Replaced by the target of plan revision ${after.number}: ${formatAmount(replacement.goal, replacement.unit)} a day`
      : `Activity left out of the plan in revision ${after.number}`,
  };
}

export function activityGoals(record: ExportRecord, today: string): Goal[] {
  const patientId = record.patient.id;
  const revisions = [...(record.plan?.revisions ?? [])].sort((a, b) => a.number - b.number);
  const seen = new Map<string, Goal>();
  for (const r of revisions)
    for (const a of r.activities) {
      const id = activityGoalId(patientId, a);
      if (seen.has(id)) continue;
      seen.set(id, {
        resourceType: "Goal",
        id,
        ...goalState(id, a.key, patientId, revisions, today, record.patient.status),
        description: { text: `${a.name}: ${formatAmount(a.goal, a.unit)} a day` },
        subject: ref(patientId),
        startDate: r.effectiveFrom,
        target: [
          {
            measure: { coding: [planActivityCoding(a)], text: `${a.name} per day` },
            detailQuantity: quantity(a.goal, a.unit, ">="),
          },
        ],
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
      // The instructions the patient sees beside the target follow the quotas (and the clinic's video link).
      description: [quotas, a.instructions, a.videoUrl ? `Video: ${a.videoUrl}` : ""]
        .filter(Boolean)
        .join(". "),
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
