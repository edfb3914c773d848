import "server-only";
import type { PatientActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { getOwnEntry } from "@/db/queries/diary";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { formatLocalDate } from "@/lib/domain/calendar";
import { diaryDateProblem } from "@/lib/domain/diary-window";
import { planQuotasOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";

/** Everything a portal page needs for one of the patient's days: the plan's activities, the entry, and whether it can still change. */
export async function loadDiaryDay(db: Database, actor: PatientActor, date: string | "today") {
  const patient = await getOwnPatient(db, actor);
  if (!patient) return null;
  const today = localDate(patient.timeZone);
  const day = date === "today" ? today : date;
  const [plan, entry] = await Promise.all([getOwnPlan(db, actor), getOwnEntry(db, actor, day)]);
  // A paused plan (after an emergency red-flag answer) sets no quotas until a clinician resumes it.
  const quotas = plan && patient.status !== "paused" ? planQuotasOn(plan.revisions, day) : [];
  const problem = diaryDateProblem(day, today);
  return {
    patient,
    plan,
    today,
    date: day,
    quotas,
    entry,
    editable: problem === null,
    problem,
    label: day === today ? "today" : `on ${formatLocalDate(day, "long")}`,
    activities: quotas.map(({ activity, quota }) => ({
      key: activity.key,
      name: activity.name,
      unit: activity.unit,
      quota,
      goal: activity.goal,
    })),
  };
}
