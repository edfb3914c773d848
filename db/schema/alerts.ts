import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { rowId } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/**
 * Alerts are derived from the diary each time; only a clinician's acknowledgement is stored: who, when, and
 * up to which diary day, so the alert returns when newer data would raise it again.
 */
export const alertAcks = pgTable(
  "alert_acks",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    rule: text("rule").notNull(),
    upToDate: date("up_to_date", { mode: "string" }),
    note: text("note"),
    acknowledgedById: uuid("acknowledged_by_id")
      .notNull()
      .references(() => users.id),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("alert_acks_patient_fk", [t.clinicId, t.patientId], () => patients),
    index("alert_acks_patient_rule_idx").on(t.clinicId, t.patientId, t.rule, t.acknowledgedAt),
  ],
);
