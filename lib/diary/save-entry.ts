import type { PatientActor, RequestMeta } from "@/db/actor";
import type { Database } from "@/db/client";
import { upsertOwnEntry, type DiaryEntry } from "@/db/queries/diary";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { diaryDateProblem } from "@/lib/domain/diary-window";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { UNIT_LABEL, UNIT_MAX } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import type { DiaryInput } from "@/lib/validation/diary";

export type SaveEntryResult =
  | { status: "created" | "updated" | "unchanged"; entry: DiaryEntry; today: string }
  | { status: "conflict"; entry: DiaryEntry }
  | { status: "invalid"; errors: Record<string, string> }
  | { status: "not_found" };

/**
 * Saves the signed-in patient's diary for one of their local days. Checks what needs the patient's context:
 * the date against today in their own time zone, and each activity against the plan in force that day.
 */
export async function saveDiaryEntry(
  db: Database,
  actor: PatientActor,
  date: string,
  input: DiaryInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<SaveEntryResult> {
  const patient = await getOwnPatient(db, actor);
  if (!patient) return { status: "not_found" };
  const today = localDate(patient.timeZone, now);
  const problem = diaryDateProblem(date, today);
  if (problem) {
    return {
      status: "invalid",
      errors: {
        date:
          problem === "future"
            ? "You can only log days that have started."
            : "Days older than a week can no longer be changed.",
      },
    };
  }

  const plan = await getOwnPlan(db, actor);
  const planned = new Map(
    (plan ? (revisionOn(plan.revisions, date)?.activities ?? []) : []).map((a) => [a.key, a]),
  );
  const errors: Record<string, string> = {};
  input.activities.forEach((logged, i) => {
    const activity = planned.get(logged.key);
    if (!activity) errors[`activities.${i}`] = "This activity is not in your plan for that day.";
    else if (logged.amount > UNIT_MAX[activity.unit]) {
      errors[`activities.${i}`] =
        `That is more than ${UNIT_MAX[activity.unit].toLocaleString("en-GB")} ${UNIT_LABEL[activity.unit].many}: please check the number.`;
    }
  });
  if (Object.keys(errors).length > 0) return { status: "invalid", errors };

  const { clientId, baseVersion, activities, ...content } = input;
  const saved = await upsertOwnEntry(
    db,
    actor,
    date,
    { clientId, baseVersion, activities, ...content },
    meta,
  );
  return saved.status === "conflict" ? saved : { ...saved, today };
}
