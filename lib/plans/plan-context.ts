import "server-only";
import { getPatient } from "@/db/queries/patients";
import { getPlan, saveRevision, type RevisionKind, type StoredPlan } from "@/db/queries/plans";
import type { StaffContext } from "@/lib/actions/context";
import { formatLocalDate } from "@/lib/domain/calendar";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { localDate } from "@/lib/domain/local-time";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";

/** What every plan change answers: the plan's new version. */
export type Revised = Result<{ version: number }>;

/** The patient (in the actor's clinic), their plan and their local today; null outside the clinic. */
export async function planContext({ db, actor }: StaffContext, patientId: string) {
  const patient = await getPatient(db, actor, patientId);
  if (!patient) return null;
  const plan = await getPlan(db, actor, patientId);
  return { patient, plan, today: localDate(patient.timeZone) };
}

export const versionOf = (plan: StoredPlan | null) => plan?.version ?? 0;

/**
 * Changes that start today (flare-up responses, baseline confirmation) would be overridden on the day a
 * revision already planned for a later date starts, so they are refused while one exists.
 */
function laterRevisionProblem(plan: StoredPlan, today: string): Result<never> | null {
  const later = plan.revisions.find((r) => r.effectiveFrom > today);
  if (!later) return null;
  return invalid({
    _form: `A revision starting ${formatLocalDate(later.effectiveFrom, "long")} is already planned. Change the plan in the editor instead.`,
  });
}

/**
 * For changes that start today (flare-up responses, baseline confirmation): the stored plan on the version
 * the clinician saw, with today's revision. `notStarted` is the answer when no revision is in force yet.
 */
export async function planFromToday(
  ctx: StaffContext,
  patientId: string,
  expectedVersion: number,
  notStarted: () => Result<never>,
): Promise<Result<{ plan: StoredPlan; today: string; current: PlanRevisionOf<StoredPlan> }>> {
  const found = await planContext(ctx, patientId);
  if (!found?.plan) return notFound();
  if (found.plan.version !== expectedVersion) return planChanged();
  const later = laterRevisionProblem(found.plan, found.today);
  if (later) return later as Result<never>;
  const current = revisionOn(found.plan.revisions, found.today);
  if (!current) return notStarted();
  return ok({ plan: found.plan, today: found.today, current });
}

type PlanRevisionOf<P extends StoredPlan> = P["revisions"][number];

/** Appends the revision with its audit event in one transaction (db/queries/plans.ts saveRevision). */
export async function saveRevisionOf(
  { db, actor, meta }: StaffContext,
  patientId: string,
  expectedVersion: number,
  revision: {
    kind: RevisionKind;
    effectiveFrom: string;
    holdDays?: number;
    reason: string;
    activities: PlannedActivity[];
  },
): Promise<Revised> {
  const saved = await saveRevision(db, actor, patientId, { expectedVersion, holdDays: 0, ...revision }, meta);
  if (saved.ok) return ok({ version: saved.version });
  return saved.reason === "conflict" ? planChanged() : notFound();
}

export const planChanged = () =>
  conflict(
    "This plan changed since you opened the page. Reload it to see the latest revision, then try again.",
  );
