import { sql } from "drizzle-orm";
import { check, date, index, jsonb, numeric, pgEnum, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, rowId } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";

export const instrument = pgEnum("instrument", ["psfs", "peg", "fabq", "work"]);

/**
 * One completed questionnaire: the answers as given and the score computed from them by
 * `lib/domain/outcomes` (PSFS: mean of the 1-5 activity ratings; PEG: mean of its three items; FABQ: the
 * work subscale 0-42, both subscales recomputed from the answers; work: days off sick in the last 7 days).
 */
export const measureResponses = pgTable(
  "measure_responses",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    clientId: uuid("client_id").notNull(),
    instrument: instrument("instrument").notNull(),
    /** The patient's local calendar day the questionnaire was answered. */
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    /** PSFS: [{ activity, rating }]; PEG: { pain, enjoyment, activity }; FABQ: { ratings: number[16] };
     * work: { status, daysOffSick }. */
    answers: jsonb("answers").notNull(),
    score: numeric("score", { precision: 4, scale: 2, mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("measure_responses_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("measure_responses_client_key").on(t.clinicId, t.patientId, t.clientId),
    index("measure_responses_patient_idx").on(t.clinicId, t.patientId, t.instrument, t.takenOn),
    // Each instrument's own range: 0-10 scales, the FABQ work subscale (0-42), days off sick (0-7). Compared
    // as text so the migration that adds the enum values can add this check in the same transaction.
    check(
      "measure_score_range",
      sql`CASE ${t.instrument}::text WHEN 'fabq' THEN ${t.score} BETWEEN 0 AND 42 WHEN 'work' THEN ${t.score} BETWEEN 0 AND 7 ELSE ${t.score} BETWEEN 0 AND 10 END`,
    ),
  ],
);
