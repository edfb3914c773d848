import "server-only";
import type { PatientActor, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { listOwnEntries, listPatientEntries, type DiaryEntry } from "@/db/queries/diary";
import { listGoals, listOwnGoals, type Goal } from "@/db/queries/goals";
import { listMeasures, listOwnMeasures, type MeasureResponse } from "@/db/queries/outcomes";
import { getOwnPlan, type StoredPlan } from "@/db/queries/plans";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { screensFrom } from "@/lib/domain/outcomes/screens";
import type { GoalActivity } from "./goal-words";
import { goalViews, outcomeViews } from "./outcome-views";

/** Earliest date the diary is read from for outcomes: the whole history (a year is a few hundred rows). */
const BEGINNING = "2000-01-01";

function assemble(
  today: string,
  plan: StoredPlan | null,
  responses: MeasureResponse[],
  diary: DiaryEntry[],
  goals: Goal[],
) {
  const revision = plan ? (revisionOn(plan.revisions, today) ?? plan.revisions.at(-1)) : undefined;
  const activities: GoalActivity[] = (revision?.activities ?? []).map((a) => ({
    key: a.key,
    name: a.name,
    unit: a.unit,
  }));
  return {
    views: outcomeViews(responses, diary),
    goals: goalViews(goals, today, diary, responses),
    activities,
    screens: screensFrom(responses, today),
  };
}

/** A patient's outcome measures and goals with progress, for a clinician of their clinic. */
export async function patientOutcomes(
  db: Database,
  actor: StaffActor,
  patientId: string,
  today: string,
  plan: StoredPlan | null,
) {
  const [responses, diary, goals] = await Promise.all([
    listMeasures(db, actor, patientId),
    listPatientEntries(db, actor, patientId, BEGINNING, today),
    listGoals(db, actor, patientId),
  ]);
  return assemble(today, plan, responses, diary, goals);
}

/** The signed-in patient's own outcome measures and goals. */
export async function ownOutcomes(db: Database, actor: PatientActor, today: string) {
  const [responses, diary, goals, plan] = await Promise.all([
    listOwnMeasures(db, actor),
    listOwnEntries(db, actor, BEGINNING, today),
    listOwnGoals(db, actor),
    getOwnPlan(db, actor),
  ]);
  return assemble(today, plan, responses, diary, goals);
}
