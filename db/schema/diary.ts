import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";

const scale = (name: string) => smallint(name);
const inScale = (column: unknown) => sql`${column} BETWEEN 0 AND 10`;

/** One entry per patient per local calendar day (the patient's own time zone). */
export const diaryEntries = pgTable(
  "diary_entries",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    /** The device-generated id of the submission last applied, so a retried submission is recognised. */
    clientId: uuid("client_id").notNull(),
    painNow: scale("pain_now"),
    painAverage: scale("pain_average"),
    sleepQuality: scale("sleep_quality"),
    stress: scale("stress"),
    medicationTaken: boolean("medication_taken"),
    medicationNote: text("medication_note"),
    flareUp: boolean("flare_up").notNull().default(false),
    note: text("note"),
    /**
     * The day's activity amounts as the save wrote them ({key: amount}), beside the activity rows. The save
     * compares a resend with this, not with the rows: when two identical submissions race, the second waits
     * for the first and then re-reads only the entry row itself, while a look at the activity rows would still
     * see none and take the resend for a change. Null on rows written before it existed (the rows decide).
     */
    loggedAmounts: jsonb("logged_amounts").$type<Record<string, number>>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("diary_entries_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("diary_entries_patient_date_key").on(t.clinicId, t.patientId, t.entryDate),
    check("diary_pain_now", inScale(t.painNow)),
    check("diary_pain_average", inScale(t.painAverage)),
    check("diary_sleep", inScale(t.sleepQuality)),
    check("diary_stress", inScale(t.stress)),
  ],
);

/** What was done per activity on a diary day; `key` matches the plan's activity key. */
export const activityLogs = pgTable(
  "activity_logs",
  {
    id: rowId(),
    clinicId: clinicKey(),
    entryId: uuid("entry_id").notNull(),
    activityKey: text("activity_key").notNull(),
    amount: integer("amount").notNull(),
  },
  (t) => [
    // Every read reaches activity rows through their entry (this index). An index on the key alone was
    // dropped: no query used it, and every diary write paid for it.
    clinicPrimaryKey(t),
    clinicForeignKey("activity_logs_entry_fk", [t.clinicId, t.entryId], () => diaryEntries).onDelete(
      "cascade",
    ),
    uniqueIndex("activity_logs_entry_key").on(t.clinicId, t.entryId, t.activityKey),
    check("activity_logs_amount", sql`${t.amount} >= 0`),
  ],
);
