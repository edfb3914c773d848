// Playwright request contexts signed in as each role of the access matrix, through the sign-in server action
// as the browser calls it (so the session cookie is the real one).
import { expect, request, type APIRequestContext } from "@playwright/test";
import type { Role } from "../access/matrix";
import {
  MATRIX_ADMIN,
  MATRIX_CLINICIAN,
  MATRIX_PATIENT_A,
  MATRIX_PATIENT_B,
  OTHER_CLINIC_CLINICIAN,
  SECURITY_PASSWORD,
} from "./fixtures";
import { callAction, form } from "@/testing/server-actions";

export const CREDENTIALS: Record<Exclude<Role, "anonymous">, { email: string; password: string }> = {
  patientA: { email: MATRIX_PATIENT_A.email, password: SECURITY_PASSWORD },
  patientB: { email: MATRIX_PATIENT_B.email, password: SECURITY_PASSWORD },
  clinician1: { email: MATRIX_CLINICIAN.email, password: SECURITY_PASSWORD },
  clinician2: OTHER_CLINIC_CLINICIAN,
  admin: { email: MATRIX_ADMIN.email, password: SECURITY_PASSWORD },
};

export async function signedInRequest(baseURL: string, role: Role): Promise<APIRequestContext> {
  if (role === "anonymous") return request.newContext({ baseURL });
  return signedInAs(baseURL, CREDENTIALS[role]);
}

/** A request context signed in with these credentials through the sign-in action. */
export async function signedInAs(
  baseURL: string,
  credentials: { email: string; password: string },
): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const answer = await callAction(context, {
    page: "/sign-in",
    file: "app/(auth)/sign-in/actions.ts",
    name: "signInAction",
    args: [{ status: "idle" }, form(credentials)],
  });
  // Signing in redirects home; a refusal comes back as a form state instead.
  expect(
    answer.redirect,
    `${credentials.email} could not sign in: ${JSON.stringify(answer.result)}`,
  ).not.toBeNull();
  return context;
}
