import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { makePatient } from "@/db/testing/factories";
import { localDate } from "@/lib/domain/local-time";
import { planInput, type PlanInput } from "@/lib/validation/plan";
import { revisePlan } from "./revise-plan";

/** Test helper: the walking plan most tests use (20 min baseline, 70%, +2 min every 3 days, goal 30). */
export function walkingPlanInput(
  timeZone: string,
  overrides: Partial<Record<string, unknown>> = {},
): PlanInput {
  return planInput.parse({
    expectedVersion: 0,
    effectiveFrom: localDate(timeZone),
    reason: "Initial plan after assessment",
    activities: [
      {
        name: "Walking",
        unit: "minutes",
        baselineMode: "entered",
        baseline: "20",
        startPercent: "70",
        progression: { kind: "fixed", step: "2", everyDays: "3" },
        goal: "30",
      },
    ],
    ...overrides,
  });
}

/** Test helper: a patient of the clinician's clinic with that plan starting today in their zone. */
export async function makePatientWithPlan(
  db: Database,
  clinician: StaffActor,
  patient: Parameters<typeof makePatient>[2] & { timeZone: string },
) {
  const created = await makePatient(db, clinician, patient);
  const saved = await revisePlan(
    { db: db, actor: clinician, meta: { ip: null, userAgent: null } },
    created.id,
    walkingPlanInput(patient.timeZone),
  );
  if (!saved.ok) throw new Error(`plan not saved: ${saved.error.code}`);
  return created;
}
