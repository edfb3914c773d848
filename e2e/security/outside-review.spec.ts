// The security findings of the outside review (issue 13, items 1, 2, 3, 5 and 6), each tried over HTTP against
// the production server the way the reviewer did.
import { expect, request, test } from "@playwright/test";
import { MATRIX_INVITED_PATIENT, MATRIX_PATIENT_A } from "../support/fixtures";
import { CREDENTIALS, signedInAs } from "../support/role-requests";
import { actionId, callAction } from "@/testing/server-actions";

const idle = { status: "idle" };

test("the recorded address is the socket's, whatever X-Forwarded-For claims", async ({ baseURL }) => {
  const clinician = await signedInAs(baseURL!, CREDENTIALS.clinician1);
  const history = `/patients/${MATRIX_PATIENT_A.id}/access`;
  // Each view of the access history is itself audited with the caller's address.
  for (const forged of ["198.51.100.23", "198.51.100.24, 198.51.100.25", `2001:db8::${"a".repeat(70)}`]) {
    expect((await clinician.get(history, { headers: { "X-Forwarded-For": forged } })).status()).toBe(200);
  }
  const page = await (await clinician.get(history)).text();
  expect(page).not.toContain("198.51.100.2");
  expect(page).not.toContain("aaaaaaaa");
  // The views just made came from this machine's loopback address.
  expect(page).toMatch(/127\.0\.0\.1|::1/);
  await clinician.dispose();
});

test("next-auth's own sign-out ends the session on the server, so a copied cookie stops working", async ({
  baseURL,
}) => {
  const patient = await signedInAs(baseURL!, CREDENTIALS.patientA);
  const copied = await patient.storageState();
  expect((await patient.get("/portal", { maxRedirects: 0 })).status()).toBe(200);

  const { csrfToken } = (await (await patient.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await patient.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);

  const replay = await request.newContext({ baseURL, storageState: copied });
  const answer = await replay.get("/portal", { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  expect(answer.headers()["location"]).toContain("/sign-in");
  await replay.dispose();
  await patient.dispose();
});

test("invite links come from configuration, never from Host or X-Forwarded-Host", async ({ baseURL }) => {
  const clinician = await signedInAs(baseURL!, CREDENTIALS.clinician1);
  const forged: Record<string, string>[] = [
    { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    { Host: "evil.example" },
  ];
  for (const headers of forged) {
    const answer = await callAction(clinician, {
      page: `/patients/${MATRIX_INVITED_PATIENT.id}`,
      file: "app/(clinic)/patients/[patientId]/actions.ts",
      name: "reissueInviteAction",
      args: [MATRIX_INVITED_PATIENT.id, idle],
      headers,
    });
    expect(answer.status).toBe(200);
    const { inviteUrl } = answer.result as { inviteUrl: string };
    expect(new URL(inviteUrl).origin).toBe(new URL(baseURL!).origin.replace("127.0.0.1", "localhost"));
  }
  await clinician.dispose();
});

test("a percent sign that decodes to nothing in a dynamic path is a client error", async ({ request }) => {
  for (const path of ["/invite/%ff", `/patients/%ff`, `/patients/${MATRIX_PATIENT_A.id}%ff/plan`]) {
    const status = (await request.get(path, { maxRedirects: 0 })).status();
    expect(status, path).toBeGreaterThanOrEqual(400);
    expect(status, path).toBeLessThan(500);
  }
});

test("server-action bodies that are not valid, too deep, too large or from a foreign origin are client errors", async ({
  request,
}) => {
  const headers = {
    Accept: "text/x-component",
    "Next-Action": actionId("app/(auth)/sign-in/actions.ts", "signInAction"),
    "Content-Type": "text/plain;charset=UTF-8",
  };
  const deep = 100_000;
  const bodies: Record<string, { data: string; headers?: Record<string, string> }> = {
    "not JSON": { data: "{not json" },
    "nested 100,000 deep": { data: "[".repeat(deep) + "]".repeat(deep) },
    "over 1 MB": { data: JSON.stringify([idle, "x".repeat(1_100_000)]) },
    "foreign Origin": { data: JSON.stringify([idle, {}]), headers: { Origin: "https://evil.example" } },
  };
  for (const [what, body] of Object.entries(bodies)) {
    const answer = await request.post("/sign-in", {
      data: body.data,
      headers: { ...headers, ...body.headers },
      maxRedirects: 0,
    });
    expect(answer.status(), what).toBeGreaterThanOrEqual(400);
    expect(answer.status(), what).toBeLessThan(500);
  }
});

test("/api/auth/session gives page scripts nothing secret", async ({ baseURL }) => {
  const patient = await signedInAs(baseURL!, CREDENTIALS.patientA);
  const answer = await patient.get("/api/auth/session");
  expect(answer.status()).toBe(200);
  const text = await answer.text();
  // Signed in, so a session comes back, but without the server-side session id (a uuid) or any other id.
  expect(JSON.parse(text)).not.toBeNull();
  expect(text).not.toContain("sessionId");
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  await patient.dispose();
});
