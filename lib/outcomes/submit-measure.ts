import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { insertOwnMeasure, ownMeasureIdByClientId, type NewMeasureResponse } from "@/db/queries/outcomes";
import { getOwnPatient } from "@/db/queries/patients";
import type { PatientContext } from "@/lib/actions/context";
import { localDate } from "@/lib/domain/local-time";
import { scoreFabq } from "@/lib/domain/outcomes/fabq";
import { scorePeg, scorePsfs } from "@/lib/domain/outcomes/measures";
import { scoreWork } from "@/lib/domain/outcomes/work-status";
import { fieldsOf, invalid, notFound, ok, type Result } from "@/lib/result/result";
import { fabqInput, pegInput, psfsIntakeInput, psfsRerateInput, workInput } from "@/lib/validation/outcomes";
import { ownMeasures } from "./own-measures";

const CHECK_ANSWERS = "Please check the highlighted answers.";
const RECORD_MISSING = "Your record could not be found. Please sign in again.";

/** Stores a scored questionnaire on the patient's own local day; a resent submission id stores nothing new. */
async function store(
  { db, actor, meta }: PatientContext,
  response: Omit<NewMeasureResponse, "takenOn">,
  today: string,
): Promise<Result<{ instrument: string }>> {
  await saveMeasure({ db, actor, meta }, { ...response, takenOn: today });
  return ok({ instrument: response.instrument });
}

/**
 * Stores a completed questionnaire with its audit event, once per submission id; a retry answers with the
 * stored one (`created: false`).
 */
export async function saveMeasure(
  { db, actor, meta }: PatientContext,
  response: NewMeasureResponse,
): Promise<{ created: boolean; id: string }> {
  return db.transaction(async (tx) => {
    const inserted = await insertOwnMeasure(tx, actor, response);
    if (inserted) {
      await auditPatient(tx, actor, actor.patientId, meta, "measure.answer", {
        responseId: inserted,
        instrument: response.instrument,
        score: response.score,
      });
      return { created: true, id: inserted };
    }
    return { created: false, id: (await ownMeasureIdByClientId(tx, actor, response.clientId))! };
  });
}

async function ownToday({ db, actor }: PatientContext) {
  const patient = await getOwnPatient(db, actor);
  return patient ? localDate(patient.timeZone) : null;
}

/**
 * PSFS: the intake names and rates 3-5 activities; every later answer rates the intake's activities again,
 * so the activities are taken from the stored intake, never from the form. The score is worked out here.
 */
export async function submitPsfs(
  ctx: PatientContext,
  form: { clientId: unknown; rows: unknown[]; ratings: unknown[] },
): Promise<Result<{ instrument: string }>> {
  const today = await ownToday(ctx);
  if (!today) return notFound(RECORD_MISSING);
  const { psfsActivities } = await ownMeasures(ctx.db, ctx.actor, today);
  if (psfsActivities === null) {
    const parsed = psfsIntakeInput.safeParse({ clientId: form.clientId, items: form.rows });
    if (!parsed.success) {
      const fields = fieldsOf(parsed.error);
      return invalid(fields, fields.items ?? CHECK_ANSWERS);
    }
    const items = parsed.data.items;
    return store(
      ctx,
      { clientId: parsed.data.clientId, instrument: "psfs", answers: items, score: scorePsfs(items) },
      today,
    );
  }
  const parsed = psfsRerateInput.safeParse({
    clientId: form.clientId,
    ratings: psfsActivities.map((_, i) => form.ratings[i] ?? undefined),
  });
  if (!parsed.success) return invalid(fieldsOf(parsed.error), CHECK_ANSWERS);
  const items = psfsActivities.map((activity, i) => ({ activity, rating: parsed.data.ratings[i]! }));
  return store(
    ctx,
    { clientId: parsed.data.clientId, instrument: "psfs", answers: items, score: scorePsfs(items) },
    today,
  );
}

/** PEG: three ratings, scored as their mean. */
export async function submitPeg(
  ctx: PatientContext,
  form: Record<"clientId" | "pain" | "enjoyment" | "activity", unknown>,
): Promise<Result<{ instrument: string }>> {
  const today = await ownToday(ctx);
  if (!today) return notFound(RECORD_MISSING);
  const parsed = pegInput.safeParse(form);
  if (!parsed.success) return invalid(fieldsOf(parsed.error), CHECK_ANSWERS);
  const { clientId, ...answers } = parsed.data;
  return store(ctx, { clientId, instrument: "peg", answers, score: scorePeg(answers) }, today);
}

/** The FABQ at intake: 16 ratings 0-6; the stored score is the work subscale (both are recomputed on display). */
export async function submitFabq(
  ctx: PatientContext,
  form: { clientId: unknown; ratings: unknown[] },
): Promise<Result<{ instrument: string }>> {
  const today = await ownToday(ctx);
  if (!today) return notFound(RECORD_MISSING);
  const parsed = fabqInput.safeParse(form);
  if (!parsed.success) return invalid(fieldsOf(parsed.error), "Please answer every statement.");
  const { clientId, ratings } = parsed.data;
  return store(
    ctx,
    { clientId, instrument: "fabq", answers: { ratings }, score: scoreFabq(ratings).work },
    today,
  );
}

/** Work status this week with days off sick (none when not employed); the score is the days off sick. */
export async function submitWork(
  ctx: PatientContext,
  form: Record<"clientId" | "status" | "daysOffSick", unknown>,
): Promise<Result<{ instrument: string }>> {
  const today = await ownToday(ctx);
  if (!today) return notFound(RECORD_MISSING);
  const parsed = workInput.safeParse(form);
  if (!parsed.success) return invalid(fieldsOf(parsed.error), CHECK_ANSWERS);
  const { clientId, ...answers } = parsed.data;
  return store(ctx, { clientId, instrument: "work", answers, score: scoreWork(answers) }, today);
}
