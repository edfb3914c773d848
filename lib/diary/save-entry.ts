import "server-only";
import { upsertOwnEntry, type DiaryEntry } from "@/db/queries/diary";
import { getOwnPatient } from "@/db/queries/patients";
import { getOwnPlan } from "@/db/queries/plans";
import { diaryDateProblem } from "@/lib/domain/diary-window";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { UNIT_LABEL, UNIT_MAX } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import type { PatientContext } from "@/lib/actions/context";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";
import type { DiaryInput } from "@/lib/validation/diary";

/** A saved day: created, updated, or unchanged (a resent submission id), and the patient's local today. */
export type SavedEntry = { status: "created" | "updated" | "unchanged"; entry: DiaryEntry; today: string };

/**
 * Saves the signed-in patient's diary for one of their local days. Checks what needs the patient's context:
 * the date against today in their own time zone, and each activity against the plan in force that day. An
 * edit made on an out-of-date copy is a conflict that carries the stored entry (nothing is overwritten).
 */
export async function saveDiaryEntry(
  { db, actor, meta }: PatientContext,
  { date, input }: { date: string; input: DiaryInput },
  now = new Date(),
): Promise<Result<SavedEntry>> {
  const patient = await getOwnPatient(db, actor);
  if (!patient) return notFound();
  const today = localDate(patient.timeZone, now);
  const problem = diaryDateProblem(date, today);
  if (problem) {
    const message =
      problem === "future"
        ? "You can only log days that have started."
        : "Days older than a week can no longer be changed.";
    return invalid({ date: message }, message);
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
  if (Object.keys(errors).length > 0) return invalid(errors, Object.values(errors)[0]);

  const { clientId, baseVersion, activities, ...content } = input;
  const saved = await upsertOwnEntry(
    db,
    actor,
    date,
    { clientId, baseVersion, activities, ...content },
    meta,
  );
  if (saved.status === "conflict")
    return conflict("This day was changed on another device.", { entry: saved.entry });
  return ok({ ...saved, today });
}
