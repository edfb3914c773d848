import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/**
 * What a goal is measured by, so its progress comes from data the app already has: a plan activity's
 * amount, average pain from the diary, the PSFS mean, or return to work (target 2 = full hours, 1 = agreed
 * reduced hours; see lib/domain/goals.ts).
 */
export const goalMeasure = pgEnum("goal_measure", ["activity", "pain", "psfs", "work"]);
export const goalStatus = pgEnum("goal_status", ["active", "achieved", "stopped"]);

/** A SMART goal the clinician and patient agreed: what, measured how, to what target, by when. */
export const goals = pgTable(
  "goals",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** In the patient's words: "Walk to the shop and back without stopping". */
    /** The form's submission id, so a retried or double-sent "Add goal" stores one goal (older rows: null). */
    clientId: uuid("client_id"),
    description: text("description").notNull(),
    measure: goalMeasure("measure").notNull(),
    /** The plan activity the goal follows, when measure = activity. */
    activityKey: text("activity_key"),
    target: numeric("target", { precision: 8, scale: 1, mode: "number" }).notNull(),
    targetDate: date("target_date", { mode: "string" }).notNull(),
    status: goalStatus("status").notNull().default("active"),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    /** Set when the patient confirms the goal in the portal. */
    patientAgreedAt: timestamp("patient_agreed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("goals_patient_fk", [t.clinicId, t.patientId], () => patients),
    index("goals_patient_idx").on(t.clinicId, t.patientId),
    uniqueIndex("goals_client_key").on(t.clinicId, t.patientId, t.clientId),
    check("goal_activity_key", sql`(${t.measure} = 'activity') = (${t.activityKey} IS NOT NULL)`),
    check("goal_target_positive", sql`${t.target} >= 0`),
  ],
);
