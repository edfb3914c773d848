"use server";

import { redirect } from "next/navigation";
import type { PatientActor } from "@/db/actor";
import { getDb } from "@/db/client";
import { saveOwnMeasure, type NewMeasureResponse } from "@/db/queries/outcomes";
import { getOwnPatient } from "@/db/queries/patients";
import { requestMeta } from "@/lib/auth/request-meta";
import { requirePatient } from "@/lib/auth/session";
import { localDate } from "@/lib/domain/local-time";
import { scoreFabq } from "@/lib/domain/outcomes/fabq";
import { scorePeg, scorePsfs } from "@/lib/domain/outcomes/measures";
import { scoreWork } from "@/lib/domain/outcomes/work-status";
import { ownMeasures } from "@/lib/outcomes/own-measures";
import { issuesByPath, type FormState } from "@/lib/validation/form-state";
import {
  fabqInput,
  fabqRatingsFromForm,
  pegInput,
  psfsIntakeInput,
  psfsRerateInput,
  psfsRowsFromForm,
  workInput,
} from "@/lib/validation/outcomes";

const checkAnswers: FormState = { status: "error", message: "Please check the highlighted answers." };

async function save(
  actor: PatientActor,
  response: Omit<NewMeasureResponse, "takenOn">,
  today: string,
): Promise<never> {
  await saveOwnMeasure(await getDb(), actor, { ...response, takenOn: today }, await requestMeta());
  redirect(`/portal?measure=${response.instrument}`);
}

async function patientToday(actor: PatientActor) {
  const patient = await getOwnPatient(await getDb(), actor);
  return patient ? localDate(patient.timeZone) : null;
}

/**
 * PSFS: the intake names and rates the activities; every later answer rates the intake's activities again,
 * so the activities are taken from the stored intake, never from the form.
 */
export async function submitPsfsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePatient();
  const today = await patientToday(actor);
  if (!today) return { status: "error", message: "Your record could not be found. Please sign in again." };
  const { psfsActivities } = await ownMeasures(await getDb(), actor, today);
  const rows = psfsRowsFromForm(formData);

  if (psfsActivities === null) {
    const parsed = psfsIntakeInput.safeParse({ clientId: formData.get("clientId"), items: rows });
    if (!parsed.success) {
      const fieldErrors = issuesByPath(parsed.error);
      return { ...checkAnswers, message: fieldErrors.items ?? checkAnswers.message, fieldErrors };
    }
    const items = parsed.data.items;
    return save(
      actor,
      { clientId: parsed.data.clientId, instrument: "psfs", answers: items, score: scorePsfs(items) },
      today,
    );
  }

  const parsed = psfsRerateInput.safeParse({
    clientId: formData.get("clientId"),
    ratings: psfsActivities.map((_, i) => formData.get(`rating.${i}`) ?? undefined),
  });
  if (!parsed.success) return { ...checkAnswers, fieldErrors: issuesByPath(parsed.error) };
  const items = psfsActivities.map((activity, i) => ({ activity, rating: parsed.data.ratings[i]! }));
  return save(
    actor,
    { clientId: parsed.data.clientId, instrument: "psfs", answers: items, score: scorePsfs(items) },
    today,
  );
}

export async function submitPegAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePatient();
  const today = await patientToday(actor);
  if (!today) return { status: "error", message: "Your record could not be found. Please sign in again." };
  const parsed = pegInput.safeParse({
    clientId: formData.get("clientId"),
    pain: formData.get("pain") ?? undefined,
    enjoyment: formData.get("enjoyment") ?? undefined,
    activity: formData.get("activity") ?? undefined,
  });
  if (!parsed.success) return { ...checkAnswers, fieldErrors: issuesByPath(parsed.error) };
  const { clientId, ...answers } = parsed.data;
  return save(actor, { clientId, instrument: "peg", answers, score: scorePeg(answers) }, today);
}

/** The FABQ at intake: 16 ratings 0-6; the stored score is the work subscale (both recomputed on display). */
export async function submitFabqAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePatient();
  const today = await patientToday(actor);
  if (!today) return { status: "error", message: "Your record could not be found. Please sign in again." };
  const parsed = fabqInput.safeParse({
    clientId: formData.get("clientId"),
    ratings: fabqRatingsFromForm(formData),
  });
  if (!parsed.success) {
    const fieldErrors = issuesByPath(parsed.error);
    return { ...checkAnswers, message: "Please answer every statement.", fieldErrors };
  }
  const { clientId, ratings } = parsed.data;
  return save(
    actor,
    { clientId, instrument: "fabq", answers: { ratings }, score: scoreFabq(ratings).work },
    today,
  );
}

/** Work status this week, with days off sick. */
export async function submitWorkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePatient();
  const today = await patientToday(actor);
  if (!today) return { status: "error", message: "Your record could not be found. Please sign in again." };
  const parsed = workInput.safeParse({
    clientId: formData.get("clientId"),
    status: formData.get("status") ?? undefined,
    daysOffSick: formData.get("daysOffSick") ?? undefined,
  });
  if (!parsed.success) return { ...checkAnswers, fieldErrors: issuesByPath(parsed.error) };
  const { clientId, ...answers } = parsed.data;
  return save(actor, { clientId, instrument: "work", answers, score: scoreWork(answers) }, today);
}
