import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_PATIENT, OTHER_CLINIC_FUZZ_TARGET, SECURITY_PASSWORD } from "../support/fixtures";
import { walkingRevision } from "../support/plan-payloads";
import { signedInAs, signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { expectHandled, expectNoLeak, fromClinic2, idle } from "./answers";
import { FUZZ_TIMEOUT_MS, asFormFields, fuzz, hostileId, mostlyOwnId, mutated } from "./hostile";

// Serial: the properties compare plan versions before and after each case.
test.describe.configure({ mode: "serial", timeout: FUZZ_TIMEOUT_MS });

const S = {
  portal: "app/(portal)/portal/change-requests/actions.ts",
  clinic: "app/(clinic)/patients/[patientId]/change-request-actions.ts",
  plan: "app/(clinic)/patients/[patientId]/plan/change-request-actions.ts",
  library: "app/(clinic)/clinic/activities/actions.ts",
};

let patient: APIRequestContext;
let clinician1: APIRequestContext;
let clinician2: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  patient = await signedInAs(baseURL, { email: FUZZ_PATIENT.email, password: SECURITY_PASSWORD });
  clinician1 = await signedInRequest(baseURL, "clinician1");
  clinician2 = await signedInRequest(baseURL, "clinician2");
});
test.afterAll(async () => {
  await patient.dispose();
  await clinician1.dispose();
  await clinician2.dispose();
});

async function planVersion(patientId: string, api: APIRequestContext): Promise<number> {
  const html = await (await api.get(`/patients/${patientId}/plan`)).text();
  return Number(/expectedVersion\\?":(\d+)/.exec(html)?.[1] ?? 0);
}
const versions = async () => ({
  own: await planVersion(FUZZ_PATIENT.id, clinician1),
  otherClinic: await planVersion(OTHER_CLINIC_FUZZ_TARGET.id, clinician2),
});

test("change request: hostile requests are refused or stored, and never change a quota", async () => {
  const input = mutated({
    clientId: "NEW",
    activity: "walking",
    reason: "too_hard",
    suggestedAmount: "10",
    note: "Fuzz request",
  });
  await fuzz("portal change request", input, async (raw) => {
    const fields = asFormFields(raw);
    if (fields.clientId === "NEW") fields.clientId = crypto.randomUUID();
    const before = await versions();
    const answer = await callAction(patient, {
      page: "/portal/change-requests",
      file: S.portal,
      name: "createChangeRequestAction",
      args: [idle, form(fields)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    expect(await versions(), "a request changed a plan").toEqual(before);
  });
});

test("flare-up hold: hostile starts never fail and never reach another clinic", async () => {
  // Each case re-renders Today and reads another clinic's plan: slow on a loaded machine.
  test.slow();
  const input = mutated({ clientId: "NEW", days: "2" });
  await fuzz("portal flare-up hold", input, async (raw) => {
    const fields = asFormFields(raw);
    if (fields.clientId === "NEW") fields.clientId = crypto.randomUUID();
    const before = await versions();
    const answer = await callAction(patient, {
      page: "/portal",
      file: S.portal,
      name: "startFlareUpHoldAction",
      args: [idle, form(fields)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    expect((await versions()).otherClinic).toBe(before.otherClinic);
  });
});

test("answers and the flare-up plan: hostile forms never fail and never reach another clinic", async () => {
  const cases = fc.record({
    action: fc.constantFrom("declineChangeRequestAction", "setFlareUpPlanAction", "answerWithRevisionAction"),
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id]),
    requestId: hostileId([crypto.randomUUID()]),
    decline: mutated({ requestId: "REQUEST", message: "Fuzz decline" }),
    plan: mutated({ enabled: "", maxDays: "3", plan: "" }),
    answer: fc.constantFrom("accepted", "adjusted", "maybe", ""),
  });
  await fuzz("clinic change-request actions", cases, async (c) => {
    const before = await versions();
    let answer;
    if (c.action === "answerWithRevisionAction") {
      answer = await callAction(clinician1, {
        page: `/patients/${FUZZ_PATIENT.id}/plan`,
        file: S.plan,
        name: c.action,
        args: [c.patientId, c.requestId, c.answer, walkingRevision(before.own, "Fuzz answer")],
      });
    } else {
      const fields = asFormFields(c.action === "declineChangeRequestAction" ? c.decline : c.plan);
      if (fields.requestId === "REQUEST") fields.requestId = String(c.requestId);
      answer = await callAction(clinician1, {
        page: `/patients/${FUZZ_PATIENT.id}`,
        file: S.clinic,
        name: c.action,
        args: [c.patientId, idle, form(fields)],
      });
    }
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const after = await versions();
    expect(after.otherClinic, "another clinic's plan changed").toBe(before.otherClinic);
    // No request exists with these ids, so no answer may make a revision.
    expect(after.own, "an answer to no request changed the plan").toBe(before.own);
  });
});

test("activity library: hostile activities are refused with field errors, never a failure", async () => {
  const input = mutated({
    name: "Fuzz rowing",
    unit: "minutes",
    instructions: "Row at an easy pace and time it.",
    videoUrl: "https://videos.example.org/row",
  });
  await fuzz("clinic activity library", input, async (raw) => {
    const answer = await callAction(clinician2, {
      page: "/clinic/activities",
      file: S.library,
      name: "addLibraryActivityAction",
      args: [idle, form(asFormFields(raw))],
    });
    expectHandled(answer);
  });
});
