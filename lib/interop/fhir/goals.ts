import type { Goal } from "fhir/r4";
import { loinc, quantity, score, WORK_STATUS_SYSTEM } from "./codes";
import { ref } from "./ids";
import type { ExportRecord } from "./record";

type StoredGoal = ExportRecord["goals"][number];

const LIFECYCLE: Record<StoredGoal["status"], Goal["lifecycleStatus"]> = {
  active: "active",
  achieved: "completed",
  stopped: "cancelled",
};

function target(goal: StoredGoal, record: ExportRecord): NonNullable<Goal["target"]>[number] {
  const due = { dueDate: goal.targetDate };
  if (goal.measure === "pain")
    return { measure: loinc("painNrs", "Average pain (0-10)"), detailQuantity: score(goal.target), ...due };
  if (goal.measure === "psfs")
    return { measure: { text: "PSFS mean score (0-10)" }, detailQuantity: score(goal.target), ...due };
  if (goal.measure === "work")
    return {
      measure: loinc("employmentStatus", "Work status (return to work sustained 4 weeks)"),
      detailCodeableConcept: {
        coding: [
          {
            system: WORK_STATUS_SYSTEM,
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
    measure: { text: activity ? `${activity.name} per day` : `Activity ${goal.activityKey}` },
    detailQuantity: activity ? quantity(goal.target, activity.unit) : { value: goal.target },
    ...due,
  };
}

/** The SMART goals the clinician and patient agreed, in the patient's words, with their measure and date. */
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
    startDate: g.createdAt.toISOString().slice(0, 10),
    target: [target(g, record)],
  }));
}
