import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import {
  MATRIX_GOAL_ID,
  MATRIX_PATIENT_A,
  OTHER_CLINIC_FUZZ_TARGET,
  OTHER_CLINIC_PATIENT_ID,
  OUTCOME_FUZZ_PATIENT,
  SECURITY_PASSWORD,
} from "../support/fixtures";
import { fixtureDay } from "../support/plan-payloads";
import { signedInAs, signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import {
  clinicView,
  expectHandled,
  expectNoLeak,
  fromClinic1,
  fromClinic2,
  idle,
  measureCount,
} from "./answers";
import {
  FUZZ_TIMEOUT_MS,
  asFormFields,
  fuzz,
  hostileId,
  mostlyOwnId,
  mutated,
  validOrMutated,
} from "./hostile";

// Serial: each case compares the outcome fuzz patient's goals and questionnaire answers before and after.
// Only this file writes goals or questionnaires for that patient or for clinic 2's fuzz target.
// Each case reads the clinic's patient page (server-rendered) before and after, so it takes a few requests.
test.describe.configure({ mode: "serial", timeout: FUZZ_TIMEOUT_MS * 3 });

const OLLY = OUTCOME_FUZZ_PATIENT;
const S = {
  questionnaires: "app/(portal)/portal/questionnaires/actions.ts",
  agree: "app/(portal)/portal/progress/goal-actions.ts",
  goals: "app/(clinic)/patients/[patientId]/goal-actions.ts",
};
const day = fixtureDay;

let patient: APIRequestContext;
let clinician1: APIRequestContext;
let clinician2: APIRequestContext;
/** A goal of clinic 2's patient: a target no one in clinic 1 may change. */
let hillsideGoal: string;
test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  patient = await signedInAs(baseURL, { email: OLLY.email, password: SECURITY_PASSWORD });
  clinician1 = await signedInRequest(baseURL, "clinician1");
  clinician2 = await signedInRequest(baseURL, "clinician2");
  const created = await callAction(clinician2, {
    page: `/patients/${OTHER_CLINIC_FUZZ_TARGET.id}`,
    file: S.goals,
    name: "createGoalAction",
    args: [
      OTHER_CLINIC_FUZZ_TARGET.id,
      idle,
      form({ measure: "pain", description: "Garden for an hour", target: 2, targetDate: day(40) }),
    ],
  });
  expect(created.result).toMatchObject({ status: "success" });
  hillsideGoal = (await hillsideView()).goals[0]!.split("@")[0]!;
});
test.afterAll(async () => {
  await patient.dispose();
  await clinician1.dispose();
  await clinician2.dispose();
});

const hillsideView = () => clinicView(clinician2, OTHER_CLINIC_FUZZ_TARGET.id);
const goalState = async () => {
  const { goals, agreedGoals } = await clinicView(clinician1, OLLY.id);
  return { goals, agreedGoals };
};
/** Mostly the fuzz patient, sometimes clinic 2's or a hostile id. */
const patientIds = mostlyOwnId(OLLY.id, [OTHER_CLINIC_FUZZ_TARGET.id, OTHER_CLINIC_PATIENT_ID]);

/** Fills in the placeholders of a form: a fresh submission id for "NEW". */
function withClientId(raw: unknown) {
  const fields = asFormFields(raw);
  if (fields.clientId === "NEW") fields.clientId = crypto.randomUUID();
  return fields;
}

/**
 * A questionnaire action: an accepted answer redirects home and stores exactly one answer; a refused one
 * answers a form error and stores nothing.
 */
async function checkQuestionnaire(
  instrument: "psfs" | "peg" | "fabq" | "work",
  name: string,
  raw: unknown,
): Promise<string> {
  const fields = withClientId(raw);
  const before = await measureCount(clinician1, OLLY.id);
  const answer = await callAction(patient, {
    page: `/portal/questionnaires/${instrument}`,
    file: S.questionnaires,
    name,
    args: [idle, form(fields)],
  });
  expectHandled(answer);
  expectNoLeak(answer, [...fromClinic2, MATRIX_PATIENT_A.fullName]);
  const accepted = answer.redirect !== null;
  if (accepted) expect(answer.redirect).toBe(`/portal?measure=${instrument}`);
  else expect(answer.result).toMatchObject({ status: "error" });
  expect(await measureCount(clinician1, OLLY.id)).toBe(before + (accepted ? 1 : 0));
  return accepted ? "stored" : "refused";
}

test("PSFS: hostile intakes and re-ratings are refused and store nothing; accepted ones store one answer", async () => {
  const intake = {
    clientId: "NEW",
    "activity.0": "Putting on socks",
    "rating.0": "3",
    "activity.1": "Sitting through a film",
    "rating.1": "4",
    "activity.2": "Carrying shopping",
    "rating.2": "6",
  };
  await fuzz("PSFS action", mutated(intake), (raw) => checkQuestionnaire("psfs", "submitPsfsAction", raw), {
    // The first case is the intake itself, so the later ones probe the re-rating as well.
    examples: [intake],
  });
});

test("PEG: hostile answers are refused and store nothing", async () => {
  const valid = { clientId: "NEW", pain: "5", enjoyment: "4", activity: "6" };
  await fuzz("PEG action", mutated(valid), (raw) => checkQuestionnaire("peg", "submitPegAction", raw));
});

test("FABQ: hostile answers are refused and store nothing", async () => {
  const valid: Record<string, string> = { clientId: "NEW" };
  for (let i = 0; i < 16; i++) valid[`item.${i}`] = String(i % 7);
  await fuzz("FABQ action", mutated(valid), (raw) => checkQuestionnaire("fabq", "submitFabqAction", raw));
});

test("work status: hostile answers are refused and store nothing", async () => {
  const valid = { clientId: "NEW", status: "reduced_hours", daysOffSick: "2" };
  await fuzz("work action", mutated(valid), (raw) => checkQuestionnaire("work", "submitWorkAction", raw), {
    examples: [{ clientId: "NEW", status: "not_employed", daysOffSick: "" }, valid],
  });
});

test("goal creation: hostile goals are refused; no goal reaches another clinic's patient", async () => {
  const input = fc.record({
    patientId: patientIds,
    goal: fc.oneof(
      mutated({ measure: "pain", description: "Sit through a film", target: "3", targetDate: day(30) }),
      mutated({
        measure: "activity",
        activityKey: "walking",
        description: "Walk to the park",
        target: "35",
        targetDate: day(60),
      }),
    ),
  });
  await fuzz("create goal action", input, async ({ patientId, goal }) => {
    const before = { own: await goalState(), hillside: await hillsideView() };
    const answer = await callAction(clinician1, {
      page: `/patients/${OLLY.id}`,
      file: S.goals,
      name: "createGoalAction",
      args: [patientId, idle, form(asFormFields(goal))],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const created = (answer.result as { status?: string } | undefined)?.status === "success";
    if (created) expect(patientId).toBe(OLLY.id);
    const own = await goalState();
    expect(own.goals.length).toBe(before.own.goals.length + (created ? 1 : 0));
    expect(await hillsideView(), "clinic 2's patient changed").toEqual(before.hillside);
    return created ? "created" : "refused";
  });
});

test("goal status: only the clinic's own patient's goals, at the version shown", async () => {
  const input = fc.record({
    patientId: patientIds,
    goal: fc.oneof(
      { weight: 4, arbitrary: fc.constant("OWN") },
      { weight: 1, arbitrary: hostileId([MATRIX_GOAL_ID]) },
      { weight: 1, arbitrary: fc.constant("HILLSIDE") },
    ),
    form: fc
      .constantFrom("active", "achieved", "stopped")
      .chain((status) => validOrMutated({ status, version: "CURRENT" })),
    pick: fc.nat(),
  });
  await fuzz("goal status action", input, async ({ patientId, goal, form: raw, pick }) => {
    const before = { own: await goalState(), hillside: await hillsideView() };
    const ownGoal = before.own.goals[pick % Math.max(1, before.own.goals.length)]?.split("@");
    const fields = asFormFields(raw);
    const goalId =
      goal === "OWN" ? (ownGoal?.[0] ?? MATRIX_GOAL_ID) : goal === "HILLSIDE" ? hillsideGoal : goal;
    if (fields.version === "CURRENT") fields.version = goal === "OWN" ? (ownGoal?.[1] ?? "1") : "1";
    const answer = await callAction(clinician1, {
      page: `/patients/${OLLY.id}`,
      file: S.goals,
      name: "setGoalStatusAction",
      args: [patientId, idle, form({ ...fields, goalId })],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const changed = (answer.result as { status?: string } | undefined)?.status === "success";
    const own = await goalState();
    if (changed) {
      expect(patientId).toBe(OLLY.id);
      expect(before.own.goals.map((g) => g.split("@")[0])).toContain(goalId);
      expect(own.goals).not.toEqual(before.own.goals);
    } else {
      expect(own, "a refused status change changed a goal").toEqual(before.own);
    }
    expect(await hillsideView(), "clinic 2's patient changed").toEqual(before.hillside);
    return changed ? "changed" : "refused";
  });
});

test("goal agreement: a patient agrees only to their own goals, whatever id is posted", async () => {
  const ids = fc.oneof(
    { weight: 2, arbitrary: fc.constant("OWN") },
    { weight: 1, arbitrary: fc.constant("HILLSIDE") },
    { weight: 3, arbitrary: hostileId([MATRIX_GOAL_ID, OTHER_CLINIC_PATIENT_ID, OLLY.id]) },
  );
  await fuzz("agree goal action", fc.tuple(ids, fc.nat()), async ([choice, pick]) => {
    const before = { own: await goalState(), hillside: await hillsideView() };
    const own = before.own.goals.map((g) => g.split("@")[0]!);
    const goalId =
      choice === "OWN"
        ? (own[pick % Math.max(1, own.length)] ?? MATRIX_GOAL_ID)
        : choice === "HILLSIDE"
          ? hillsideGoal
          : choice;
    const answer = await callAction(patient, {
      page: "/portal/progress",
      file: S.agree,
      name: "agreeGoalAction",
      args: [goalId],
    });
    expectHandled(answer);
    expectNoLeak(answer, [...fromClinic2, ...fromClinic1.filter((s) => s !== "Lakeside")]);
    const after = await goalState();
    if (!own.includes(goalId))
      expect(after, "agreeing to another's goal changed this patient's").toEqual(before.own);
    expect(after.goals).toEqual(before.own.goals);
    expect(await hillsideView(), "clinic 2's patient's goal changed").toEqual(before.hillside);
    return after.agreedGoals > before.own.agreedGoals ? "agreed" : "nothing changed";
  });
});
