"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createGoal, setGoalStatus } from "@/db/queries/goals";
import { getPatient } from "@/db/queries/patients";
import { getPlan } from "@/db/queries/plans";
import { requestMeta } from "@/lib/auth/request-meta";
import { noteOwnWrite } from "@/lib/auth/own-writes";
import { requireStaff } from "@/lib/auth/session";
import { daysBetween } from "@/lib/domain/calendar";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { issuesByPath, type FormState } from "@/lib/validation/form-state";
import { goalInput, goalStatusInput } from "@/lib/validation/goal";
import { patientIdSchema, patientNotFound } from "@/lib/validation/patient";

const notFound: FormState = patientNotFound;
const correct = (fieldErrors: Record<string, string>): FormState => ({
  status: "error",
  message: "Please correct the highlighted fields.",
  fieldErrors,
});
const MAX_GOAL_DAYS = 366;

/** Records a SMART goal. The date must be ahead (within a year) and an activity goal must name a plan activity. */
export async function createGoalAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  if (!id.success) return notFound;
  const parsed = goalInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return correct(issuesByPath(parsed.error));
  const db = await getDb();
  const patient = await getPatient(db, actor, id.data);
  if (!patient) return notFound;
  const today = localDate(patient.timeZone);
  const ahead = daysBetween(today, parsed.data.targetDate);
  if (ahead < 0 || ahead > MAX_GOAL_DAYS)
    return correct({ targetDate: "Choose a date from today to a year ahead." });
  if (parsed.data.activityKey) {
    const plan = await getPlan(db, actor, id.data);
    const current = plan
      ? (revisionOn(plan.revisions, today)?.activities ?? plan.revisions.at(-1)?.activities ?? [])
      : [];
    if (!current.some((a) => a.key === parsed.data.activityKey))
      return correct({ activityKey: "Choose an activity of the current plan." });
  }
  if (!(await createGoal(db, actor, id.data, parsed.data, await requestMeta()))) return notFound;
  await noteOwnWrite(actor);
  revalidatePath(`/patients/${id.data}`);
  return { status: "success", message: "Goal added. The patient is asked to agree to it in the portal." };
}

export async function setGoalStatusAction(
  patientId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireStaff();
  const id = patientIdSchema.safeParse(patientId);
  const parsed = goalStatusInput.safeParse(Object.fromEntries(formData));
  if (!id.success || !parsed.success) return { status: "error", message: "Reload the page and try again." };
  const result = await setGoalStatus(
    await getDb(),
    actor,
    { patientId: id.data, ...parsed.data },
    await requestMeta(),
  );
  if (result === "not_found") return notFound;
  if (result === "conflict")
    return {
      status: "error",
      message: "This goal changed since you opened the page. Reload it and try again.",
    };
  await noteOwnWrite(actor);
  revalidatePath(`/patients/${id.data}`);
  return { status: "success" };
}
