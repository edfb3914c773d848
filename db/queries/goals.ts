import { and, asc, eq, isNull } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { goals, patients } from "../schema";
import { clinicPatient, ofPatient } from "./scope";

export type Goal = Pick<
  typeof goals.$inferSelect,
  | "id"
  | "description"
  | "measure"
  | "activityKey"
  | "target"
  | "targetDate"
  | "status"
  | "patientAgreedAt"
  | "version"
  | "createdAt"
>;

const columns = {
  id: goals.id,
  description: goals.description,
  measure: goals.measure,
  activityKey: goals.activityKey,
  target: goals.target,
  targetDate: goals.targetDate,
  status: goals.status,
  patientAgreedAt: goals.patientAgreedAt,
  version: goals.version,
  createdAt: goals.createdAt,
};

export async function listGoals(db: Database, actor: StaffActor, patientId: string): Promise<Goal[]> {
  return db
    .select(columns)
    .from(goals)
    .innerJoin(patients, ofPatient(goals))
    .where(clinicPatient(actor, patientId))
    .orderBy(asc(goals.createdAt));
}

export async function listOwnGoals(db: Database, actor: PatientActor): Promise<Goal[]> {
  return db
    .select(columns)
    .from(goals)
    .where(and(eq(goals.clinicId, actor.clinicId), eq(goals.patientId, actor.patientId)))
    .orderBy(asc(goals.createdAt));
}

export type NewGoal = {
  description: string;
  measure: Goal["measure"];
  activityKey: string | null;
  target: number;
  targetDate: string;
  /** The form submission's id: a second insert with the same id is the same goal, not a new one. */
  clientId: string | null;
};

/** Inserts a goal; null when this submission id is already stored (a retry). Call inside a locked scope. */
export async function insertGoal(
  tx: Queryable,
  actor: StaffActor,
  patientId: string,
  goal: NewGoal,
): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(goals)
    .values({ ...goal, clinicId: actor.clinicId, patientId, createdById: actor.userId })
    .onConflictDoNothing({ target: [goals.clinicId, goals.patientId, goals.clientId] })
    .returning({ id: goals.id });
  return row ?? null;
}

/** One goal of a patient, locked for the rest of the transaction; null when it is not that patient's. */
export async function lockGoal(tx: Queryable, clinicId: string, patientId: string, goalId: string) {
  const [row] = await tx
    .select({ version: goals.version })
    .from(goals)
    .where(and(eq(goals.clinicId, clinicId), eq(goals.id, goalId), eq(goals.patientId, patientId)))
    .for("update");
  return row ?? null;
}

export async function updateGoalStatus(
  tx: Queryable,
  clinicId: string,
  goalId: string,
  change: { status: Goal["status"]; version: number },
): Promise<void> {
  await tx
    .update(goals)
    .set({ status: change.status, version: change.version, updatedAt: new Date() })
    .where(and(eq(goals.clinicId, clinicId), eq(goals.id, goalId)));
}

/** Whether the goal is one of the patient's own. */
export async function isOwnGoal(q: Queryable, actor: PatientActor, goalId: string): Promise<boolean> {
  const [mine] = await q
    .select({ id: goals.id })
    .from(goals)
    .where(
      and(eq(goals.id, goalId), eq(goals.clinicId, actor.clinicId), eq(goals.patientId, actor.patientId)),
    );
  return mine !== undefined;
}

/** Records the patient's agreement to one of their own goals, once; true when it was recorded now. */
export async function markOwnGoalAgreed(q: Queryable, actor: PatientActor, goalId: string): Promise<boolean> {
  const agreed = await q
    .update(goals)
    .set({ patientAgreedAt: new Date() })
    .where(
      and(
        eq(goals.id, goalId),
        eq(goals.clinicId, actor.clinicId),
        eq(goals.patientId, actor.patientId),
        isNull(goals.patientAgreedAt),
      ),
    )
    .returning({ id: goals.id });
  return agreed.length > 0;
}
