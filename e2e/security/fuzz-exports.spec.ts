import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import {
  FUZZ_PATIENT,
  MATRIX_INVITED_PATIENT,
  MATRIX_PATIENT_A,
  MATRIX_PATIENT_B,
  OTHER_CLINIC_FUZZ_TARGET,
  OTHER_CLINIC_PATIENT_ID,
  OUTCOME_FUZZ_PATIENT,
} from "../support/fixtures";
import { signedInRequest } from "../support/role-requests";
import { expectNoLeak, fromClinic1, fromClinic2 } from "./answers";
import { FUZZ_TIMEOUT_MS, fuzz, hostileId, hostileString, pathSegment } from "./hostile";

test.describe.configure({ timeout: FUZZ_TIMEOUT_MS });

const CLINIC1_IDS = [
  FUZZ_PATIENT.id,
  OUTCOME_FUZZ_PATIENT.id,
  MATRIX_PATIENT_A.id,
  MATRIX_PATIENT_B.id,
  MATRIX_INVITED_PATIENT.id,
];
type Who = "clinician1" | "admin" | "clinician2" | "patientA";
const api = {} as Record<Who, APIRequestContext>;
test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  for (const who of ["clinician1", "admin", "clinician2", "patientA"] as const)
    api[who] = await signedInRequest(baseURL, who);
});
test.afterAll(async () => {
  for (const context of Object.values(api)) await context.dispose();
});

const staffOfClinic1 = (who: Who) => who === "clinician1" || who === "admin";

test("patient exports: hostile ids answer 404, and only staff of the patient's own clinic get the file", async () => {
  const input = fc.record({
    who: fc.constantFrom<Who>("clinician1", "admin", "clinician2", "patientA"),
    file: fc.constantFrom("diary.csv", "fhir"),
    id: hostileId([...CLINIC1_IDS, OTHER_CLINIC_PATIENT_ID, OTHER_CLINIC_FUZZ_TARGET.id]),
  });
  await fuzz("patient export GET", input, async ({ who, file, id }) => {
    const response = await api[who].get(`/api/clinic/patients/${pathSegment(id)}/${file}`);
    const text = await response.text();
    expect(response.status(), text.slice(0, 300)).toBeLessThan(500);
    // 431: an address too long for Node's HTTP server, refused before the app sees it.
    expect([200, 404, 431]).toContain(response.status());
    expectNoLeak({ text }, who === "clinician2" ? fromClinic1 : fromClinic2);
    if (response.status() === 200) {
      expect(
        staffOfClinic1(who) ? CLINIC1_IDS : [OTHER_CLINIC_PATIENT_ID, OTHER_CLINIC_FUZZ_TARGET.id],
      ).toContain(id);
      expect(who).not.toBe("patientA");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+"$/);
    } else if (staffOfClinic1(who)) {
      expect(CLINIC1_IDS).not.toContain(id);
    }
    return String(response.status());
  });
});

test("clinic export: for its admin only, whatever is added to the address, and never another clinic's rows", async () => {
  const input = fc.record({
    who: fc.constantFrom<Who>("clinician1", "admin", "clinician2", "patientA"),
    query: fc.oneof(
      fc.constant(""),
      hostileString.map((s) => `?clinicId=${pathSegment(s)}`),
      fc.constant(`?clinicId=${OTHER_CLINIC_PATIENT_ID}`),
    ),
  });
  await fuzz("clinic export GET", input, async ({ who, query }) => {
    const response = await api[who].get(`/api/clinic/export/diary.csv${query}`);
    const text = await response.text();
    expect(response.status(), text.slice(0, 300)).toBeLessThan(500);
    // 431: an address too long for Node's HTTP server, refused before the app sees it.
    if (response.status() !== 431) expect(response.status()).toBe(who === "admin" ? 200 : 404);
    expectNoLeak({ text }, fromClinic2);
    return String(response.status());
  });
});
