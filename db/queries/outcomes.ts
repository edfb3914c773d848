import { and, asc, eq, max } from "drizzle-orm";
import type { PatientActor, StaffActor } from "../actor";
import type { Database, Queryable } from "../client";
import { measureResponses, patients } from "../schema";
import { clinicOrPatient, clinicPatient, ofPatient } from "./scope";

export type Instrument = (typeof measureResponses.$inferSelect)["instrument"];
export type MeasureResponse = {
  id: string;
  instrument: Instrument;
  takenOn: string;
  answers: unknown;
  score: number;
};

export type NewMeasureResponse = {
  clientId: string;
  instrument: Instrument;
  takenOn: string;
  answers: unknown;
  score: number;
};

/** Stores a completed questionnaire once per submission id: the new row's id, or null when already stored. */
export async function insertOwnMeasure(
  q: Queryable,
  actor: PatientActor,
  response: NewMeasureResponse,
): Promise<string | null> {
  const [inserted] = await q
    .insert(measureResponses)
    .values({ ...response, clinicId: actor.clinicId, patientId: actor.patientId })
    .onConflictDoNothing({
      target: [measureResponses.clinicId, measureResponses.patientId, measureResponses.clientId],
    })
    .returning({ id: measureResponses.id });
  return inserted?.id ?? null;
}

/** The id of the patient's own questionnaire stored under this submission id. */
export async function ownMeasureIdByClientId(q: Queryable, actor: PatientActor, clientId: string) {
  const [existing] = await q
    .select({ id: measureResponses.id })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.clinicId, actor.clinicId),
        eq(measureResponses.patientId, actor.patientId),
        eq(measureResponses.clientId, clientId),
      ),
    );
  return existing?.id ?? null;
}

const columns = {
  id: measureResponses.id,
  instrument: measureResponses.instrument,
  takenOn: measureResponses.takenOn,
  answers: measureResponses.answers,
  score: measureResponses.score,
};
const order = [asc(measureResponses.takenOn), asc(measureResponses.createdAt)];

/** The patient's own questionnaires, oldest first. */
export async function listOwnMeasures(db: Database, actor: PatientActor): Promise<MeasureResponse[]> {
  return db
    .select(columns)
    .from(measureResponses)
    .where(
      and(eq(measureResponses.clinicId, actor.clinicId), eq(measureResponses.patientId, actor.patientId)),
    )
    .orderBy(...order);
}

/** A patient's questionnaires for the clinician, oldest first (scoped to the actor's clinic). */
export async function listMeasures(
  db: Database,
  actor: StaffActor,
  patientId: string,
): Promise<MeasureResponse[]> {
  return db
    .select(columns)
    .from(measureResponses)
    .innerJoin(patients, ofPatient(measureResponses))
    .where(clinicPatient(actor, patientId))
    .orderBy(...order);
}

/** The last day each questionnaire was answered, to tell what is due. */
export async function lastOwnMeasureDates(db: Database, actor: PatientActor) {
  const rows = await db
    .select({ instrument: measureResponses.instrument, last: max(measureResponses.takenOn) })
    .from(measureResponses)
    .where(
      and(eq(measureResponses.clinicId, actor.clinicId), eq(measureResponses.patientId, actor.patientId)),
    )
    .groupBy(measureResponses.instrument);
  const of = (i: Instrument) => rows.find((r) => r.instrument === i)?.last ?? null;
  return { psfs: of("psfs"), peg: of("peg") };
}

/** PSFS scores of the clinic's patients, oldest first, for the "not improving" alert. */
export async function clinicPsfsScores(db: Database, actor: StaffActor, onlyPatientId?: string) {
  const scope = clinicOrPatient(actor, onlyPatientId);
  return db
    .select({
      patientId: measureResponses.patientId,
      takenOn: measureResponses.takenOn,
      score: measureResponses.score,
    })
    .from(measureResponses)
    .innerJoin(patients, ofPatient(measureResponses))
    .where(and(scope, eq(measureResponses.instrument, "psfs")))
    .orderBy(...order);
}
