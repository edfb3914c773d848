import type { Goal } from "fhir/r4";
import { lowerIsBetter } from "@/lib/domain/goals";
import { localDate } from "@/lib/domain/local-time";
import { GRADUS_WORK_STATUS, gradusMeasure, loinc, planActivityCoding, quantity, score } from "./codes";
import { ref } from "./ids";
import type { ExportRecord } from "./record";

type StoredGoal = ExportRecord["goals"][number];

const LIFECYCLE: Record<StoredGoal["status"], Goal["lifecycleStatus"]> = {
  active: "active",
  achieved: "completed",
  stopped: "cancelled",
};

/** The target with its direction: the comparator says "3 or lower" for pain, "at least" for the rest. */
function target(goal: StoredGoal, record: ExportRecord): NonNullable<Goal["target"]>[number] {
  const due = { dueDate: goal.targetDate };
  const comparator = lowerIsBetter(goal.measure) ? "<=" : ">=";
  if (goal.measure === "pain")
    return {
      measure: gradusMeasure("painAverageDay", "Average pain (0-10)"),
      detailQuantity: score(goal.target, comparator),
      ...due,
    };
  if (goal.measure === "psfs")
    return {
      measure: gradusMeasure("psfsMean", "PSFS mean score (0-10)"),
      detailQuantity: score(goal.target, comparator),
      ...due,
    };
  if (goal.measure === "work")
    return {
      measure: loinc("employmentStatus", "Work status (return to work sustained 4 weeks)"),
      detailCodeableConcept: {
        coding: [
          {
            system: GRADUS_WORK_STATUS,
            code: goal.target >= 2 ? "full_hours" : "reduced_hours",
            display: goal.target >= 2 ? "Working full hours" : "Working reduced hours",
          },
        ],
      },
      ...due,
    };
  const activity = record.plan?.revisions
    .flatMap((r) => r.activities)
    .findLast((a) => a.key === goal.activityKey);
  return {
    measure: activity
      ? { coding: [planActivityCoding(activity)], text: `${activity.name} per day` }
      : { text: `Activity ${goal.activityKey}` },
    detailQuantity: activity
      ? quantity(goal.target, activity.unit, comparator)
      : { value: goal.target, comparator },
    ...due,
  };
}

/**
 * The SMART goals the clinician and patient agreed, in the patient's words, with their measure and date.
 * The start date is the day the goal was set where the patient lives, not the UTC date of that instant.
 */
export function smartGoals(record: ExportRecord): Goal[] {
  return record.goals.map((g) => ({
    resourceType: "Goal",
    id: g.id,
    lifecycleStatus: LIFECYCLE[g.status],
    ...(g.status === "achieved"
      ? {
          achievementStatus: {
            coding: [
              {
                system: "http://terminology.hl7.org/CodeSystem/goal-achievement",
                code: "achieved",
                display: "Achieved",
              },
            ],
          },
        }
      : {}),
    description: { text: g.description },
    subject: ref(record.patient.id),
    startDate: localDate(record.patient.timeZone, g.createdAt),
    target: [target(g, record)],
  }));
}
