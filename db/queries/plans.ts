import { and, asc, eq, gte, inArray, isNull, or, sql } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import {
  activityLogs,
  diaryEntries,
  patients,
  planRevisions,
  plans,
  planTemplates,
  revisionActivities,
  users,
} from "../schema";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { ofPatient, ownPatient } from "./scope";

/** A stored activity is the engine's own shape (lib/domain), so the two cannot drift apart. */
export type StoredActivity = PlannedActivity;

export type RevisionKind = (typeof planRevisions.$inferSelect)["kind"];

export type StoredRevision = {
  number: number;
  kind: RevisionKind;
  effectiveFrom: string;
  holdDays: number;
  reason: string;
  authorName: string;
  createdAt: Date;
  activities: StoredActivity[];
};

export type StoredPlan = { id: string; version: number; revisions: StoredRevision[] };

type ActivityRow = typeof revisionActivities.$inferSelect;

function toActivity(row: ActivityRow): StoredActivity {
  const progression: StoredActivity["progression"] =
    row.progressionKind === "fixed"
      ? { kind: "fixed", step: row.step!, everyDays: row.everyDays! }
      : row.progressionKind === "percent"
        ? { kind: "percent", percent: row.percent!, everyDays: row.everyDays! }
        : { kind: "goal_date", goalDate: row.goalDate! };
  return {
    key: row.key,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    startFraction: row.startFraction,
    startQuota: row.startQuota,
    progressFrom: row.progressFrom,
    progression,
    goal: row.goal,
    instructions: row.instructions,
    videoUrl: row.videoUrl,
  };
}

/** The row that stores one activity of a revision. */
export function activityRow(
  a: StoredActivity,
  clinicId: string,
  revisionId: string,
  position: number,
): typeof revisionActivities.$inferInsert {
  const p = a.progression;
  return {
    clinicId,
    revisionId,
    position,
    key: a.key,
    name: a.name,
    unit: a.unit,
    baseline: a.baseline,
    startFraction: a.startFraction,
    startQuota: a.startQuota,
    progressFrom: a.progressFrom,
    goal: a.goal,
    progressionKind: p.kind,
    step: p.kind === "fixed" ? p.step : null,
    percent: p.kind === "percent" ? p.percent : null,
    everyDays: p.kind === "goal_date" ? null : p.everyDays,
    goalDate: p.kind === "goal_date" ? p.goalDate : null,
    instructions: a.instructions ?? "",
    videoUrl: a.videoUrl ?? null,
  };
}

/** Plans of several patients in three queries, whatever their number (no query per patient). */
async function loadPlans(
  q: Queryable,
  clinicId: string,
  patientIds: string[],
): Promise<Map<string, StoredPlan>> {
  const out = new Map<string, StoredPlan>();
  if (patientIds.length === 0) return out;
  const planRows = await q
    .select({ id: plans.id, version: plans.version, patientId: plans.patientId })
    .from(plans)
    .where(and(eq(plans.clinicId, clinicId), inArray(plans.patientId, patientIds)));
  if (planRows.length === 0) return out;
  const planIds = planRows.map((p) => p.id);
  const revisionRows = await q
    .select({
      id: planRevisions.id,
      planId: planRevisions.planId,
      number: planRevisions.number,
      kind: planRevisions.kind,
      effectiveFrom: planRevisions.effectiveFrom,
      holdDays: planRevisions.holdDays,
      reason: planRevisions.reason,
      createdAt: planRevisions.createdAt,
      authorName: users.name,
    })
    .from(planRevisions)
    .innerJoin(users, eq(users.id, planRevisions.authorId))
    .where(and(eq(planRevisions.clinicId, clinicId), inArray(planRevisions.planId, planIds)))
    .orderBy(asc(planRevisions.number));
  const activityRows = await q
    .select({ activity: revisionActivities })
    .from(revisionActivities)
    .innerJoin(
      planRevisions,
      and(
        eq(planRevisions.clinicId, revisionActivities.clinicId),
        eq(planRevisions.id, revisionActivities.revisionId),
      ),
    )
    .where(and(eq(revisionActivities.clinicId, clinicId), inArray(planRevisions.planId, planIds)))
    .orderBy(asc(revisionActivities.position));
  const activitiesByRevision = new Map<string, StoredActivity[]>();
  for (const { activity } of activityRows) {
    const list = activitiesByRevision.get(activity.revisionId) ?? [];
    list.push(toActivity(activity));
    activitiesByRevision.set(activity.revisionId, list);
  }
  for (const plan of planRows) {
    const revisions = revisionRows
      .filter((r) => r.planId === plan.id)
      .map(({ id, planId: _planId, ...r }) => ({ ...r, activities: activitiesByRevision.get(id) ?? [] }));
    out.set(plan.patientId, { id: plan.id, version: plan.version, revisions });
  }
  return out;
}

async function loadPlan(q: Queryable, clinicId: string, patientId: string): Promise<StoredPlan | null> {
  return (await loadPlans(q, clinicId, [patientId])).get(patientId) ?? null;
}

/** The plan of a patient of the given clinic, read inside a write's transaction (the triage summary). */
export async function loadPlanOf(q: Queryable, clinicId: string, patientId: string) {
  const [patient] = await q
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, clinicId)));
  return patient ? loadPlan(q, clinicId, patient.id) : null;
}

/** Every plan of the actor's clinic, by patient id. */
export async function clinicPlans(
  db: Database,
  actor: StaffActor,
  onlyPatientId?: string,
): Promise<Map<string, StoredPlan>> {
  const scope = eq(patients.clinicId, actor.clinicId);
  const ids = await db
    .select({ id: patients.id })
    .from(patients)
    .where(onlyPatientId ? and(scope, eq(patients.id, onlyPatientId)) : scope);
  return loadPlans(
    db,
    actor.clinicId,
    ids.map((r) => r.id),
  );
}

/** The plan of a patient of the actor's clinic; null when there is none or the patient is not theirs. */
export async function getPlan(
  db: Database,
  actor: StaffActor,
  patientId: string,
): Promise<StoredPlan | null> {
  const [patient] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  return patient ? loadPlan(db, actor.clinicId, patient.id) : null;
}

/** The signed-in patient's own plan. */
export async function getOwnPlan(db: Database, actor: PatientActor): Promise<StoredPlan | null> {
  const [patient] = await db.select({ id: patients.id }).from(patients).where(ownPatient(actor));
  return patient ? loadPlan(db, actor.clinicId, patient.id) : null;
}

export type NewRevision = {
  expectedVersion: number;
  kind: RevisionKind;
  effectiveFrom: string;
  holdDays: number;
  reason: string;
  activities: StoredActivity[];
};

export type SaveRevisionResult =
  { ok: true; version: number; number: number } | { ok: false; reason: "not_found" | "conflict" };

/**
 * Appends a revision to a patient's plan of the actor's clinic (creating the plan with the first one), inside
 * the caller's transaction (`lib/plans/plan-context.ts`). `expectedVersion` is the plan version the editor was
 * opened on (0: no plan yet); if anyone saved since, nothing is written and the answer is "conflict".
 */
export async function appendRevision(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  revision: NewRevision,
): Promise<SaveRevisionResult> {
  const [patient] = await tx
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId)));
  if (!patient) return { ok: false, reason: "not_found" };

  let plan: { id: string; version: number } | undefined;
  if (revision.expectedVersion === 0) {
    [plan] = await tx
      .insert(plans)
      .values({ clinicId: actor.clinicId, patientId, version: 1 })
      .onConflictDoNothing({ target: [plans.clinicId, plans.patientId] })
      .returning({ id: plans.id, version: plans.version });
  } else {
    [plan] = await tx
      .update(plans)
      .set({ version: sql`${plans.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(plans.clinicId, actor.clinicId),
          eq(plans.patientId, patientId),
          eq(plans.version, revision.expectedVersion),
        ),
      )
      .returning({ id: plans.id, version: plans.version });
  }
  if (!plan) return { ok: false, reason: "conflict" };

  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${planRevisions.number}), 0) + 1` })
    .from(planRevisions)
    .where(and(eq(planRevisions.clinicId, actor.clinicId), eq(planRevisions.planId, plan.id)))) as [
    { next: number },
  ];
  const [created] = await tx
    .insert(planRevisions)
    .values({
      clinicId: actor.clinicId,
      planId: plan.id,
      number: Number(next),
      kind: revision.kind,
      effectiveFrom: revision.effectiveFrom,
      holdDays: revision.holdDays,
      reason: revision.reason,
      authorId: actor.userId,
    })
    .returning({ id: planRevisions.id, number: planRevisions.number });
  await tx
    .insert(revisionActivities)
    .values(revision.activities.map((a, i) => activityRow(a, actor.clinicId, created!.id, i)));
  return { ok: true, version: plan.version, number: created!.number };
}

/** Built-in templates and the actor's clinic's own. */
export async function listTemplates(db: Database, actor: StaffActor) {
  return db
    .select({
      id: planTemplates.id,
      name: planTemplates.name,
      description: planTemplates.description,
      activities: planTemplates.activities,
    })
    .from(planTemplates)
    .where(
      and(
        or(isNull(planTemplates.clinicId), eq(planTemplates.clinicId, actor.clinicId)),
        isNull(planTemplates.retiredAt),
      ),
    )
    .orderBy(asc(planTemplates.name));
}

/** Amounts logged for one activity since `since`, oldest first: the to-tolerance sessions of a baseline. */
export async function loggedAmounts(
  db: Database,
  actor: StaffActor,
  patientId: string,
  activityKey: string,
  since: string,
) {
  const rows = await db
    .select({ amount: activityLogs.amount })
    .from(activityLogs)
    .innerJoin(
      diaryEntries,
      and(eq(diaryEntries.clinicId, activityLogs.clinicId), eq(diaryEntries.id, activityLogs.entryId)),
    )
    .innerJoin(patients, ofPatient(diaryEntries))
    .where(
      and(
        eq(patients.id, patientId),
        eq(patients.clinicId, actor.clinicId),
        eq(activityLogs.activityKey, activityKey),
        gte(diaryEntries.entryDate, since),
      ),
    )
    .orderBy(asc(diaryEntries.entryDate));
  return rows.map((r) => r.amount);
}
