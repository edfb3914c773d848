import type { RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { getPatient } from "@/db/queries/patients";
import { getPlan, loggedAmounts, saveRevision, type RevisionKind, type StoredPlan } from "@/db/queries/plans";
import {
  buildRevision,
  confirmBaseline,
  holdActivities,
  stepBackActivities,
} from "@/lib/domain/graded-activity/build-revision";
import { formatLocalDate } from "@/lib/domain/calendar";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { localDate } from "@/lib/domain/local-time";
import type { FlareUpInput, PlanInput } from "@/lib/validation/plan";

export type ReviseResult =
  | { ok: true; version: number }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict" }
  | { ok: false; reason: "invalid"; errors: Record<string, string> };

const conflict = { ok: false, reason: "conflict" } as const;
const notFound = { ok: false, reason: "not_found" } as const;

async function context(db: Database, actor: StaffActor, patientId: string) {
  const patient = await getPatient(db, actor, patientId);
  if (!patient) return null;
  const plan = await getPlan(db, actor, patientId);
  return { patient, plan, today: localDate(patient.timeZone) };
}

const versionOf = (plan: StoredPlan | null) => plan?.version ?? 0;

/**
 * Changes that start today (flare-up responses, baseline confirmation) would be overridden on the day a
 * revision already planned for a later date starts, so they are refused while one exists.
 */
function laterRevisionProblem(plan: StoredPlan, today: string): ReviseResult | null {
  const later = plan.revisions.find((r) => r.effectiveFrom > today);
  if (!later) return null;
  return {
    ok: false,
    reason: "invalid",
    errors: {
      _form: `A revision starting ${formatLocalDate(later.effectiveFrom, "long")} is already planned. Change the plan in the editor instead.`,
    },
  };
}

async function save(
  db: Database,
  actor: StaffActor,
  patientId: string,
  expectedVersion: number,
  revision: {
    kind: RevisionKind;
    effectiveFrom: string;
    holdDays?: number;
    reason: string;
    activities: PlannedActivity[];
  },
  meta: RequestMeta,
): Promise<ReviseResult> {
  const saved = await saveRevision(db, actor, patientId, { expectedVersion, holdDays: 0, ...revision }, meta);
  return saved.ok ? { ok: true, version: saved.version } : saved;
}

/** A new revision from the plan editor (the first one creates the plan). */
export async function revisePlan(
  db: Database,
  actor: StaffActor,
  patientId: string,
  input: PlanInput,
  meta: RequestMeta,
): Promise<ReviseResult> {
  const ctx = await context(db, actor, patientId);
  if (!ctx) return notFound;
  if (versionOf(ctx.plan) !== input.expectedVersion) return conflict;
  const built = buildRevision(input.activities, input.effectiveFrom, ctx.today, ctx.plan?.revisions ?? []);
  if (!built.ok) return { ok: false, reason: "invalid", errors: built.errors };
  const kind = ctx.plan ? "edit" : "initial";
  return save(
    db,
    actor,
    patientId,
    input.expectedVersion,
    { kind, effectiveFrom: input.effectiveFrom, reason: input.reason, activities: built.activities },
    meta,
  );
}

/** Flare-up: hold every quota for N days, or step back one level, from today. */
export async function respondToFlareUp(
  db: Database,
  actor: StaffActor,
  patientId: string,
  input: FlareUpInput,
  meta: RequestMeta,
): Promise<ReviseResult> {
  const ctx = await context(db, actor, patientId);
  if (!ctx?.plan) return notFound;
  if (ctx.plan.version !== input.expectedVersion) return conflict;
  const later = laterRevisionProblem(ctx.plan, ctx.today);
  if (later) return later;
  const current = revisionOn(ctx.plan.revisions, ctx.today);
  if (!current)
    return {
      ok: false,
      reason: "invalid",
      errors: { _form: "The plan has not started yet, so there is nothing to hold." },
    };
  const activities =
    input.response === "hold"
      ? holdActivities(current.activities, ctx.today, input.days)
      : stepBackActivities(current.activities, ctx.today);
  return save(
    db,
    actor,
    patientId,
    input.expectedVersion,
    {
      kind: input.response,
      effectiveFrom: ctx.today,
      holdDays: input.response === "hold" ? input.days : 0,
      reason: input.reason,
      activities,
    },
    meta,
  );
}

/** Baseline sessions logged for an activity still in baseline, and the start quota they would give. */
export async function baselineProgress(
  db: Database,
  actor: StaffActor,
  patientId: string,
  plan: StoredPlan,
  today: string,
) {
  const current = revisionOn(plan.revisions, today);
  if (!current) return [];
  const measuring = current.activities.filter((a) => a.startQuota === null);
  return Promise.all(
    measuring.map(async (a) => {
      const since = baselineSince(plan, a.key);
      const sessions = await loggedAmounts(db, actor, patientId, a.key, since);
      const result = confirmBaseline(current.activities, a.key, sessions, today);
      const proposal = result.ok ? (result.activities.find((p) => p.key === a.key) ?? null) : null;
      const problem =
        result.ok || result.reason === "sessions" ? null : "message" in result ? result.message : null;
      const newGoalDateFrom = !result.ok && result.reason === "goal_date" ? result.earliest : null;
      return { key: a.key, name: a.name, unit: a.unit, sessions, proposal, problem, newGoalDateFrom };
    }),
  );
}

/** Sessions count from the first revision in which the activity was measuring. */
function baselineSince(plan: StoredPlan, key: string): string {
  const first = plan.revisions.find((r) => r.activities.some((a) => a.key === key && a.startQuota === null));
  return first?.effectiveFrom ?? "1970-01-01";
}

/** The clinician confirms a measured baseline; a new revision starts the activity's quota from today. */
export async function confirmActivityBaseline(
  db: Database,
  actor: StaffActor,
  patientId: string,
  input: { key: string; expectedVersion: number; goalDate?: string },
  meta: RequestMeta,
): Promise<ReviseResult> {
  const ctx = await context(db, actor, patientId);
  if (!ctx?.plan) return notFound;
  if (ctx.plan.version !== input.expectedVersion) return conflict;
  const later = laterRevisionProblem(ctx.plan, ctx.today);
  if (later) return later;
  const current = revisionOn(ctx.plan.revisions, ctx.today);
  if (!current) return notFound;
  const sessions = await loggedAmounts(db, actor, patientId, input.key, baselineSince(ctx.plan, input.key));
  const result = confirmBaseline(current.activities, input.key, sessions, ctx.today, input.goalDate);
  if (!result.ok)
    return {
      ok: false,
      reason: "invalid",
      errors:
        result.reason === "goal_date"
          ? { goalDate: result.message }
          : {
              _form:
                result.reason === "too_small"
                  ? result.message
                  : result.reason === "sessions"
                    ? "Three sessions are needed before the baseline can be confirmed."
                    : "This activity is not measuring a baseline.",
            },
    };
  const activities = result.activities;
  const confirmed = activities.find((a) => a.key === input.key)!;
  return save(
    db,
    actor,
    patientId,
    input.expectedVersion,
    {
      kind: "baseline_confirmed",
      effectiveFrom: ctx.today,
      reason: `Baseline for ${confirmed.name} measured: mean of 3 sessions ${confirmed.baseline}`,
      activities,
    },
    meta,
  );
}
