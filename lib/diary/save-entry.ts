import "server-only";
import { ownDiaryContext, ownEntryOn, sameContent, writeOwnEntry, type DiaryEntry } from "@/db/queries/diary";
import { diaryDateProblem } from "@/lib/domain/diary-window";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { UNIT_LABEL, UNIT_MAX } from "@/lib/domain/graded-activity/units";
import { localDate } from "@/lib/domain/local-time";
import type { PatientContext } from "@/lib/actions/context";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { refreshTriageSummary } from "@/lib/triage/refresh-summary";
import { KEPT_DAYS, summaryDay } from "@/lib/triage/summary";
import type { DiaryInput } from "@/lib/validation/diary";
import { CARE_ENDED } from "@/lib/domain/episodes";

/** A saved day: created, updated, or unchanged (a resent submission id), and the patient's local today. */
export type SavedEntry = { status: "created" | "updated" | "unchanged"; entry: DiaryEntry; today: string };

/**
 * Saves the signed-in patient's diary for one of their local days, in at most three round trips:
 *
 * 1. the patient's time zone and plan, to check the date against today in their own time zone (a week back
 *    at most) and each activity against the plan in force that day;
 * 2. one statement that stores the day (insert, or update when made on the stored version or by the same
 *    device), replaces its activities, appends the audit event and merges the day into the triage summary:
 *    atomic on its own, so all of it lands or none;
 * 3. only when nothing was written: the stored day, to answer an unchanged resend or a conflict carrying the
 *    stored entry (nothing is overwritten); or, when the plan changed since step 1, the summary's refresh.
 */
export async function saveDiaryEntry(
  { db, actor, meta }: PatientContext,
  { date, input }: { date: string; input: DiaryInput },
  now = new Date(),
): Promise<Result<SavedEntry>> {
  const context = await ownDiaryContext(db, actor);
  if (!context) return notFound();
  if (context.status === "discharged") return conflict(CARE_ENDED);
  const today = localDate(context.timeZone, now);
  const problem = diaryDateProblem(date, today);
  if (problem) {
    const message =
      problem === "future"
        ? "You can only log days that have started."
        : "Days older than a week can no longer be changed.";
    return invalid({ date: message }, message);
  }

  const { plan } = context;
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
  const submission = { clientId, baseVersion, activities, ...content };
  const written = await writeOwnEntry(db, actor, {
    date,
    submission,
    meta,
    summaryDay: summaryDay(plan, { date, ...content, activities }),
    planVersion: plan?.version ?? 0,
    keptDays: KEPT_DAYS,
  });
  if (written) {
    // The plan changed between the check and the write: the summary is worked out again from the rows.
    if (!written.summaryKept)
      await db.transaction((tx) =>
        refreshTriageSummary(tx, { clinicId: actor.clinicId, patientId: actor.patientId }),
      );
    return ok({ status: written.status, entry: written.entry, today });
  }

  const stored = await ownEntryOn(db, actor, date);
  if (!stored) return notFound();
  if (sameContent({ ...content, activities }, stored))
    return ok({ status: "unchanged", entry: stored, today });
  return conflict("This day was changed on another device.", { entry: stored });
}
