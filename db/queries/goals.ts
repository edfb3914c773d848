import { and, asc, eq, isNull } from "drizzle-orm";
import type { PatientActor, RequestMeta, StaffActor } from "../actor";
import type { Database } from "../client";
import { goals, patients } from "../schema";
import { auditPatient, clinicPatient, lockClinicPatient } from "./scope";

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
    .innerJoin(patients, eq(patients.id, goals.patientId))
    .where(clinicPatient(actor, patientId))
    .orderBy(asc(goals.createdAt));
}

export async function listOwnGoals(db: Database, actor: PatientActor): Promise<Goal[]> {
  return db
    .select(columns)
    .from(goals)
    .where(eq(goals.patientId, actor.patientId))
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

/** Records a goal the clinician agreed with the patient; false for a patient outside the clinic. */
export async function createGoal(
  db: Database,
  actor: StaffActor,
  patientId: string,
  goal: NewGoal,
  meta: RequestMeta,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, patientId))) return false;
    const [row] = await tx
      .insert(goals)
      .values({ ...goal, patientId, createdById: actor.userId })
      .onConflictDoNothing({ target: [goals.patientId, goals.clientId] })
      .returning({ id: goals.id });
    // A retry of a stored submission: already recorded and audited once.
    if (row) await auditPatient(tx, actor, patientId, meta, "goal.create", { goalId: row.id, ...goal });
    return true;
  });
}

export type GoalStatusResult = "updated" | "conflict" | "not_found";

/** Marks a goal achieved, stopped or active again, on the version the clinician saw (no silent overwrite). */
export async function setGoalStatus(
  db: Database,
  actor: StaffActor,
  change: { patientId: string; goalId: string; status: Goal["status"]; version: number },
  meta: RequestMeta,
): Promise<GoalStatusResult> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, change.patientId))) return "not_found";
    const [row] = await tx
      .select({ version: goals.version })
      .from(goals)
      .where(and(eq(goals.id, change.goalId), eq(goals.patientId, change.patientId)))
      .for("update");
    if (!row) return "not_found";
    if (row.version !== change.version) return "conflict";
    await tx
      .update(goals)
      .set({ status: change.status, version: row.version + 1, updatedAt: new Date() })
      .where(eq(goals.id, change.goalId));
    await auditPatient(tx, actor, change.patientId, meta, "goal.status", {
      goalId: change.goalId,
      status: change.status,
    });
    return "updated";
  });
}

/** The patient confirms a goal in the portal. Idempotent; false when the goal is not theirs. */
export async function agreeToOwnGoal(db: Database, actor: PatientActor, goalId: string, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const [mine] = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.id, goalId), eq(goals.patientId, actor.patientId)));
    if (!mine) return false;
    const agreed = await tx
      .update(goals)
      .set({ patientAgreedAt: new Date() })
      .where(and(eq(goals.id, goalId), isNull(goals.patientAgreedAt)))
      .returning({ id: goals.id });
    if (agreed.length > 0) await auditPatient(tx, actor, actor.patientId, meta, "goal.agree", { goalId });
    return true;
  });
}
