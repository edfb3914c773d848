import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import {
  FUZZ_PATIENT,
  MATRIX_INVITED_PATIENT,
  MATRIX_PATIENT_A,
  MATRIX_PATIENT_B,
  OTHER_CLINIC_FUZZ_TARGET,
  OTHER_CLINIC_PATIENT_ID,
} from "../support/fixtures";
import { clinicContactInput } from "@/lib/validation/clinic";
import { walkingRevision } from "../support/plan-payloads";
import { signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { expectHandled, expectNoLeak, fromClinic1, fromClinic2, idle } from "./answers";
import {
  FUZZ_TIMEOUT_MS,
  asFormFields,
  fuzz,
  hostileId,
  mostlyOwnId,
  hostileString,
  mutated,
  pathSegment,
  validOrMutated,
} from "./hostile";

// Serial: the properties compare the fuzz patient's plan version before and after each case.
test.describe.configure({ mode: "serial", timeout: FUZZ_TIMEOUT_MS });

// Clinic 1's clinician works on the fuzz patient; clinic 2's clinician adds patients and reissues invites
// (so the fuzzers' new patients never appear in clinic 1's lists, which other specs read).
const CLINIC1_IDS = [FUZZ_PATIENT.id, MATRIX_PATIENT_A.id, MATRIX_PATIENT_B.id, MATRIX_INVITED_PATIENT.id];
const S = {
  patient: "app/(clinic)/patients/[patientId]/actions.ts",
  plan: "app/(clinic)/patients/[patientId]/plan/actions.ts",
  newPatient: "app/(clinic)/patients/new/actions.ts",
  clinicSettings: "app/(clinic)/clinic/settings/actions.ts",
  templates: "app/(clinic)/clinic/templates/actions.ts",
};

let clinician1: APIRequestContext;
let clinician2: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  clinician1 = await signedInRequest(testInfo.project.use.baseURL!, "clinician1");
  clinician2 = await signedInRequest(testInfo.project.use.baseURL!, "clinician2");
});
test.afterAll(async () => {
  await clinician1.dispose();
  await clinician2.dispose();
});

/** The plan version the editor would post now (it is in the page's props). */
async function planVersion(patientId: string, api = clinician1): Promise<number> {
  const html = await (await api.get(`/patients/${patientId}/plan`)).text();
  return Number(/expectedVersion\\?":(\d+)/.exec(html)?.[1] ?? 0);
}

/** Both clinics' plans as they stand: a refused or foreign request must leave both alone. */
const planVersions = async () => ({
  own: await planVersion(FUZZ_PATIENT.id),
  otherClinic: await planVersion(OTHER_CLINIC_FUZZ_TARGET.id, clinician2),
});

async function patientCount(api: APIRequestContext) {
  const html = await (await api.get("/patients")).text();
  return Number(/(\d+) in your clinic/.exec(html)?.[1]);
}

async function clinicianIdsOf(api: APIRequestContext) {
  const html = await (await api.get("/patients/new")).text();
  return [...html.matchAll(/<option value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
}

test("add patient: hostile fields are refused or stored in the clinician's own clinic only", async () => {
  const [hillsidePhysio] = await clinicianIdsOf(clinician2);
  const clinic1Staff = await clinicianIdsOf(clinician1);
  expect(hillsidePhysio).toBeTruthy();
  const valid = {
    fullName: "Fuzz Added",
    email: "UNIQUE",
    timeZone: "Europe/Berlin",
    condition: "Low back pain",
    primaryClinicianId: hillsidePhysio!,
  };
  const input = fc.oneof(
    mutated(valid),
    fc.constantFrom(...clinic1Staff).map((id) => ({ ...valid, primaryClinicianId: id })),
  );
  let n = 0;
  await fuzz(
    "add patient action",
    input,
    async (raw) => {
      const fields = asFormFields(raw);
      if (fields.email === "UNIQUE") fields.email = `fuzz.added.${Date.now()}.${n++}@mail.example`;
      const countBefore = await patientCount(clinician2);
      const answer = await callAction(clinician2, {
        page: "/patients/new",
        file: S.newPatient,
        name: "addPatientAction",
        args: [idle, form(fields)],
      });
      expectHandled(answer);
      expectNoLeak(answer, fromClinic1);
      const result = answer.result as { status: string; patientId?: string };
      if (result.status !== "success") {
        expect(await patientCount(clinician2), "a refused patient was added anyway").toBe(countBefore);
        return;
      }
      // Only a clinician of clinic 2 can be the new patient's physio, and only clinic 2 can see the patient.
      expect(fields.primaryClinicianId).toBe(hillsidePhysio);
      expect((await clinician2.get(`/patients/${result.patientId}`)).status()).toBe(200);
      expect((await clinician1.get(`/patients/${result.patientId}`)).status()).toBe(404);
    },
    {
      // Found by this fuzzer: a NUL in the name answered 500 (PostgreSQL refuses it).
      examples: [{ ...valid, fullName: "x\u0000y" }],
    },
  );
});

test("reissue invite: only the clinician's own invited patients, whatever id is posted", async () => {
  const ids = hostileId([
    OTHER_CLINIC_PATIENT_ID,
    MATRIX_INVITED_PATIENT.id,
    MATRIX_PATIENT_A.id,
    FUZZ_PATIENT.id,
  ]);
  await fuzz("reissue invite action", ids, async (id) => {
    const answer = await callAction(clinician2, {
      page: `/patients/${OTHER_CLINIC_PATIENT_ID}`,
      file: S.patient,
      name: "reissueInviteAction",
      args: [id, idle],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic1);
    const result = answer.result as { status: string };
    if (CLINIC1_IDS.includes(id)) expect(result.status).toBe("error");
    if (result.status === "success") expect(id).toBe(OTHER_CLINIC_PATIENT_ID);
  });
});

test("revoke invite: only the clinician's own invited patients, whatever id is posted", async () => {
  const ids = hostileId([
    OTHER_CLINIC_PATIENT_ID,
    MATRIX_INVITED_PATIENT.id,
    MATRIX_PATIENT_A.id,
    FUZZ_PATIENT.id,
  ]);
  await fuzz("revoke invite action", ids, async (id) => {
    const answer = await callAction(clinician2, {
      page: `/patients/${OTHER_CLINIC_PATIENT_ID}`,
      file: S.patient,
      name: "revokeInviteAction",
      args: [id, idle],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic1);
    const result = answer.result as { status: string };
    if (CLINIC1_IDS.includes(id)) expect(result.status).toBe("error");
    if (result.status === "success") expect(id).toBe(OTHER_CLINIC_PATIENT_ID);
  });
});

test("outbox: hostile message ids answer not found, never a failure; a clinician never sees it", async () => {
  const admin = await signedInRequest(test.info().project.use.baseURL!, "admin");
  try {
    await fuzz("outbox message page", hostileId([OTHER_CLINIC_PATIENT_ID]), async (id) => {
      const response = await admin.get(`/clinic/outbox/${pathSegment(id)}`, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      expect(response.status()).not.toBe(200);
    });
    const list = await clinician1.get("/clinic/outbox", { maxRedirects: 0 });
    expect(list.status()).toBe(404);
  } finally {
    await admin.dispose();
  }
});

const validPlan = walkingRevision(1, "Fuzz revision");

test("plan save: hostile plans are refused with field errors; other clinics' patients are not found", async () => {
  const input = fc.record({
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id]),
    plan: mutated(validPlan),
    currentVersion: fc.boolean(),
  });
  await fuzz("plan save action", input, async ({ patientId, plan, currentVersion }) => {
    const before = await planVersions();
    // Mostly post the version the editor would, so the input reaches the checks behind the version check.
    const raw =
      currentVersion &&
      plan &&
      typeof plan === "object" &&
      (plan as { expectedVersion?: unknown }).expectedVersion === 1
        ? { ...plan, expectedVersion: before.own }
        : plan;
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}/plan`,
      file: S.plan,
      name: "savePlanAction",
      args: [patientId, raw],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const result = answer.result as { status: string };
    expect(["saved", "conflict", "not_found", "invalid"]).toContain(result.status);
    if (patientId !== FUZZ_PATIENT.id) expect(result.status === "saved").toBe(false);
    const saved = result.status === "saved";
    expect(await planVersions()).toEqual({
      own: before.own + (saved ? 1 : 0),
      otherClinic: before.otherClinic,
    });
  });
});

test("flare-up, baseline and alert acknowledgement: hostile forms never fail and never reach another clinic", async () => {
  const forms = fc.record({
    action: fc.constantFrom(
      "flareUpAction",
      "confirmBaselineAction",
      "acknowledgeAlertAction",
      "markReviewedAction",
    ),
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id]),
    flare: mutated({ response: "hold", days: "3", reason: "Flare-up fuzz", expectedVersion: "CURRENT" }),
    baseline: mutated({ key: "walking", expectedVersion: "CURRENT", goalDate: "2026-12-31" }),
    ack: mutated({ rule: "silent_long", note: "Fuzz acknowledgement" }),
    review: mutated({ note: "Fuzz review" }),
  });
  await fuzz("flare-up / baseline / acknowledge actions", forms, async (c) => {
    const raw =
      c.action === "flareUpAction"
        ? c.flare
        : c.action === "confirmBaselineAction"
          ? c.baseline
          : c.action === "markReviewedAction"
            ? c.review
            : c.ack;
    const fields = asFormFields(raw);
    const before = await planVersions();
    if (fields.expectedVersion === "CURRENT") fields.expectedVersion = String(before.own);
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}`,
      file: S.patient,
      name: c.action,
      args: [c.patientId, idle, form(fields)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const succeeded =
      answer.redirect !== null || (answer.result as { status?: string })?.status === "success";
    if (c.patientId !== FUZZ_PATIENT.id) expect(succeeded).toBe(false);
    if (answer.redirect) expect(answer.redirect).toContain(`/patients/${FUZZ_PATIENT.id}?saved=`);
    const after = await planVersions();
    expect(after.otherClinic, "another clinic's plan changed").toBe(before.otherClinic);
    if (!succeeded) expect(after.own, "a refused request changed the plan").toBe(before.own);
  });
});

test("chart series: hostile ids and ranges answer 4xx, and only the clinic's own patients answer 200", async () => {
  const input = fc.record({
    id: hostileId([OTHER_CLINIC_PATIENT_ID, FUZZ_PATIENT.id, MATRIX_PATIENT_A.id]),
    range: fc.oneof(fc.constantFrom("2w", "4w", "12w", "all"), hostileString),
  });
  await fuzz("chart series GET", input, async ({ id, range }) => {
    const response = await clinician1.get(
      `/api/clinic/patients/${pathSegment(id)}/series?range=${pathSegment(range)}`,
    );
    expect(response.status()).toBeLessThan(500);
    const text = await response.text();
    expectNoLeak({ text }, fromClinic2);
    if (response.status() === 200) expect(CLINIC1_IDS).toContain(id);
  });
});

test("clinic contact details: hostile phones and countries are refused with field errors, never a failure", async () => {
  const admin = await signedInRequest(test.info().project.use.baseURL!, "admin");
  const valid = { phone: "+49 30 901820", outOfHoursPhone: "116117", country: "DE" };
  try {
    await fuzz("clinic contact action", validOrMutated(valid), async (raw) => {
      const fields = asFormFields(raw);
      const answer = await callAction(admin, {
        page: "/clinic/settings",
        file: S.clinicSettings,
        name: "saveClinicContactAction",
        args: [idle, form(fields)],
      });
      expectHandled(answer);
      expectNoLeak(answer, fromClinic2);
      const status = (answer.result as { status?: string } | null)?.status;
      const acceptable = clinicContactInput.safeParse({
        phone: fields.phone ?? "",
        outOfHoursPhone: fields.outOfHoursPhone ?? "",
        country: fields.country ?? "",
      }).success;
      expect(status, JSON.stringify(fields)).toBe(acceptable ? "success" : "error");
      return status ?? "none";
    });
  } finally {
    // Leave the matrix clinic as the access matrix expects it.
    await callAction(admin, {
      page: "/clinic/settings",
      file: S.clinicSettings,
      name: "saveClinicContactAction",
      args: [idle, form(valid)],
    });
    await admin.dispose();
  }
});

test("plan templates: hostile edits (activities included) and retires are handled and never reach another clinic", async () => {
  // Hillside's templates as its page shows them in its form fields (the page's nonce changes every time).
  const theirs = async () =>
    (
      (await (await clinician2.get("/clinic/templates")).text()).match(/<(input|textarea)[^>]*>[^<]*/g) ?? []
    ).join("\n");
  const activity = { name: "Walking", goal: "30", startPercent: "70", instructions: "Walk on the flat." };
  const input = fc.record({
    action: fc.constantFrom("editTemplateAction", "retireTemplateAction"),
    templateId: fc.oneof(fc.uuid(), hostileString),
    version: fc.oneof(fc.constant("1"), hostileString),
    text: validOrMutated({ name: "Fuzzed template", description: "Hostile input" }),
    activities: fc.array(validOrMutated(activity), { maxLength: 10 }),
  });
  const before = await theirs();
  await fuzz("template actions", input, async ({ action, templateId, version, text, activities }) => {
    const fields: Record<string, string> = { templateId, version, ...asFormFields(text) };
    activities.forEach((a, i) => {
      for (const [k, v] of Object.entries(asFormFields(a))) fields[`activities.${i}.${k}`] = v;
    });
    const answer = await callAction(clinician1, {
      page: "/clinic/templates",
      file: S.templates,
      name: action,
      args: [idle, form(fields)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    // No such template in any clinic: nothing is saved or retired.
    expect(answer.result).not.toMatchObject({ status: "success" });
  });
  expect(await theirs()).toBe(before);
});
