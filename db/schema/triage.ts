import { date, integer, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinicForeignKey, clinicKey } from "./distribution";
import { patients } from "./patients";

/** One diary day as the alert rules see it: pain and adherence to the plan in force that day. */
export type SummaryDay = {
  date: string;
  painNow: number;
  painAverage: number;
  adherence: "under" | "on_target" | "over" | "overshoot" | null;
};

/**
 * The inputs of the triage alert rules that change only when a patient's data changes, one row per patient,
 * kept in the same transaction as every write that changes them (diary save, plan revision, alert
 * acknowledgement, red-flag answer and acknowledgement, outcome measure). Rules that depend on the clock
 * (days of silence, the last 7 or 14 days) are evaluated when the list is read, from the dates stored here.
 * A patient without a row has no data yet (an empty summary). New alert inputs are new columns, filled by
 * `lib/triage/refresh-summary.ts`.
 */
export const triageSummaries = pgTable(
  "triage_summaries",
  {
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    lastEntryDate: date("last_entry_date", { mode: "string" }),
    /** The diary days from 15 days before the last entry to it, oldest first. */
    recentDays: jsonb("recent_days").$type<SummaryDay[]>().notNull().default([]),
    planStart: date("plan_start", { mode: "string" }),
    /** Per plan revision: from when it is in force and whether any activity has a quota in it. */
    revisionQuotas: jsonb("revision_quotas")
      .$type<{ effectiveFrom: string; number: number; quoted: boolean }[]>()
      .notNull()
      .default([]),
    /** Urgent and emergency red-flag answers no clinician has acknowledged, oldest first. */
    openRedFlags: jsonb("open_red_flags")
      .$type<
        {
          id: string;
          tier: "urgent" | "emergency" | "none";
          answeredOn: string;
          answers: Record<string, boolean>;
        }[]
      >()
      .notNull()
      .default([]),
    /** The last two PSFS means, oldest first. */
    psfsScores: jsonb("psfs_scores").$type<{ date: string; score: number }[]>().notNull().default([]),
    /** The latest acknowledgement of each alert rule. */
    acks: jsonb("acks").$type<{ rule: string; upToDate: string | null }[]>().notNull().default([]),
    /** The plan version the days' adherence was judged against (0: no plan). */
    planVersion: integer("plan_version").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.patientId] }),
    clinicForeignKey("triage_summaries_patient_fk", [t.clinicId, t.patientId], () => patients).onDelete(
      "cascade",
    ),
  ],
);
