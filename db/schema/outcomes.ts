import { sql } from "drizzle-orm";
import { check, date, index, jsonb, numeric, pgEnum, pgTable, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { patients } from "./patients";

export const instrument = pgEnum("instrument", ["psfs", "peg"]);

/**
 * One completed questionnaire: the answers as given and the score computed from them by
 * `lib/domain/outcomes` (PSFS: mean of the 3-5 activity ratings; PEG: mean of its three items).
 */
export const measureResponses = pgTable(
  "measure_responses",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id),
    clientId: uuid("client_id").notNull(),
    instrument: instrument("instrument").notNull(),
    /** The patient's local calendar day the questionnaire was answered. */
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    /** PSFS: [{ activity, rating }]; PEG: { pain, enjoyment, activity }. */
    answers: jsonb("answers").notNull(),
    score: numeric("score", { precision: 4, scale: 2, mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("measure_responses_client_key").on(t.patientId, t.clientId),
    index("measure_responses_patient_idx").on(t.patientId, t.instrument, t.takenOn),
    check("measure_score_range", sql`${t.score} BETWEEN 0 AND 10`),
  ],
);
