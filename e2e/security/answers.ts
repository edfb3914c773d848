// What every fuzzed answer must satisfy, and how the fuzzers read the state a refused request must leave alone.
import { expect, type APIRequestContext } from "@playwright/test";
import {
  FUZZ_PATIENT,
  MATRIX_PATIENT_A,
  OTHER_CLINIC_FUZZ_TARGET,
  OTHER_CLINIC_PATIENT_ID,
} from "../support/fixtures";
import type { ActionResponse } from "@/testing/server-actions";

export const idle = { status: "idle" };

/** Nothing of the other clinic in what the server answered. */
export function expectNoLeak(answer: { text: string }, foreign: string[]) {
  for (const s of foreign) expect(answer.text, `answer mentions ${s}`).not.toContain(s);
}
export const fromClinic1 = ["Lakeside", MATRIX_PATIENT_A.fullName, FUZZ_PATIENT.fullName];
export const fromClinic2 = [
  "Hillside",
  OTHER_CLINIC_PATIENT_ID,
  OTHER_CLINIC_FUZZ_TARGET.id,
  OTHER_CLINIC_FUZZ_TARGET.fullName,
];

/** A server action answered without failing: its result, a redirect, or not found. */
export function expectHandled(answer: ActionResponse) {
  expect(answer.status, answer.text.slice(0, 500)).toBeLessThan(500);
  expect([200, 303, 404]).toContain(answer.status);
}

/** The safety and goal state of a patient as their clinic's page shows it to staff. */
export async function clinicView(api: APIRequestContext, patientId: string) {
  const response = await api.get(`/patients/${patientId}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const ids = (re: RegExp) => [...html.matchAll(re)].map((m) => m.slice(1).join("@")).sort();
  return {
    paused: html.includes("Plan paused"),
    /** Red-flag answers not yet acknowledged by the clinic. */
    openReports: ids(/name="reportId" value="([0-9a-f-]{36})"/g),
    /** Each goal as id@version: a status change bumps the version. */
    goals: ids(/name="goalId" value="([0-9a-f-]{36})"\/><input type="hidden" name="version" value="(\d+)"/g),
    agreedGoals: html.split("agreed by the patient").length - 1,
  };
}
export type ClinicView = Awaited<ReturnType<typeof clinicView>>;

/** How many questionnaire answers (PSFS, PEG) the patient's FHIR export holds. */
export async function measureCount(api: APIRequestContext, patientId: string): Promise<number> {
  const response = await api.get(`/api/clinic/patients/${patientId}/fhir`);
  expect(response.status()).toBe(200);
  const bundle = (await response.json()) as {
    entry?: { resource: { resourceType: string; code?: { coding?: { code: string }[] } } }[];
  };
  // Every questionnaire is a QuestionnaireResponse, except the weekly work status: an Observation (74165-2).
  return (bundle.entry ?? []).filter(
    (e) =>
      e.resource.resourceType === "QuestionnaireResponse" ||
      (e.resource.resourceType === "Observation" && e.resource.code?.coding?.[0]?.code === "74165-2"),
  ).length;
}
