import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";
import type { TemplateActivity } from "../../lib/domain/graded-activity/types";
import { UNITS } from "../../lib/domain/graded-activity/units";

export const activityUnit = pgEnum("activity_unit", UNITS);
export const progressionKind = pgEnum("progression_kind", ["fixed", "percent", "goal_date"]);
/** Why a revision exists; holds and step-backs are the flare-up responses. */
export const revisionKind = pgEnum("revision_kind", [
  "initial",
  "edit",
  "hold",
  "step_back",
  "baseline_confirmed",
]);

/** One graded-activity plan per patient; it changes only through revisions. */
export const plans = pgTable(
  "plans",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** Optimistic lock: every new revision must name the version it was based on. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("plans_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("plans_patient_key").on(t.clinicId, t.patientId),
  ],
);

export const planRevisions = pgTable(
  "plan_revisions",
  {
    id: rowId(),
    clinicId: clinicKey(),
    planId: uuid("plan_id").notNull(),
    number: integer("number").notNull(),
    kind: revisionKind("kind").notNull(),
    /** The patient's local date from which this revision applies; earlier days keep their revision. */
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    holdDays: smallint("hold_days").notNull().default(0),
    reason: text("reason").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("plan_revisions_plan_fk", [t.clinicId, t.planId], () => plans),
    uniqueIndex("plan_revisions_plan_number_key").on(t.clinicId, t.planId, t.number),
    index("plan_revisions_plan_effective_idx").on(t.clinicId, t.planId, t.effectiveFrom),
    check("plan_revisions_hold_days", sql`${t.holdDays} BETWEEN 0 AND 60`),
  ],
);

export const revisionActivities = pgTable(
  "revision_activities",
  {
    id: rowId(),
    clinicId: clinicKey(),
    revisionId: uuid("revision_id").notNull(),
    position: smallint("position").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    unit: activityUnit("unit").notNull(),
    /** Null while the baseline is measured over the patient's first sessions. */
    baseline: numeric("baseline", { precision: 10, scale: 2, mode: "number" }),
    startFraction: numeric("start_fraction", { precision: 4, scale: 3, mode: "number" }).notNull(),
    startQuota: integer("start_quota"),
    /** The day steps start counting from (after a hold, later than the revision's first day). */
    progressFrom: date("progress_from", { mode: "string" }),
    progressionKind: progressionKind("progression_kind").notNull(),
    step: integer("step"),
    percent: numeric("percent", { precision: 5, scale: 2, mode: "number" }),
    everyDays: smallint("every_days"),
    goalDate: date("goal_date", { mode: "string" }),
    goal: integer("goal").notNull(),
    /** How to do it, what counts, how to measure: shown to the patient beside the target. */
    instructions: text("instructions").notNull().default(""),
    /** An https link to a video the clinic chose; null when none. */
    videoUrl: text("video_url"),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("revision_activities_revision_fk", [t.clinicId, t.revisionId], () => planRevisions),
    uniqueIndex("revision_activities_key").on(t.clinicId, t.revisionId, t.key),
    check("revision_activities_fraction", sql`${t.startFraction} > 0 AND ${t.startFraction} <= 1`),
    check("revision_activities_goal", sql`${t.goal} > 0`),
    check(
      "revision_activities_baseline_quota",
      sql`(${t.baseline} IS NULL) = (${t.startQuota} IS NULL) AND (${t.startQuota} IS NULL) = (${t.progressFrom} IS NULL)`,
    ),
  ],
);

/** Starting points for the plan editor. clinic_id null: built in for every clinic. */
export const planTemplates = pgTable("plan_templates", {
  id: id(),
  clinicId: uuid("clinic_id").references(() => clinics.id),
  name: text("name").notNull(),
  description: text("description").notNull(),
  activities: jsonb("activities").$type<TemplateActivity[]>().notNull(),
  /** Who saved a clinic's own template (null for the built-in ones). */
  createdById: uuid("created_by_id").references(() => users.id),
  /** Bumped by every edit, so two admins editing at once do not overwrite each other. */
  version: integer("version").notNull().default(1),
  /** A retired template is no longer offered in the plan editor; plans made from it are unchanged. */
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  createdAt: createdAt(),
});
