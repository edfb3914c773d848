import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_PATIENT, MATRIX_PATIENT_A, SECURITY_PASSWORD } from "../support/fixtures";
import { signedInAs } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { FUZZ_TIMEOUT_MS, asFormFields, fuzz, hostileString, mutated, queryValue } from "./hostile";

test.describe.configure({ timeout: FUZZ_TIMEOUT_MS });

// The fuzz patient's own reminders and push subscriptions, written as the portal and the email link do.
const REMINDERS = "app/(portal)/portal/reminders/actions.ts";
const idle = { status: "idle" };

let patient: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  patient = await signedInAs(testInfo.project.use.baseURL!, {
    email: FUZZ_PATIENT.email,
    password: SECURITY_PASSWORD,
  });
});
test.afterAll(() => patient.dispose());

const validSubscription = {
  endpoint: "https://push.example/fuzz/one",
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
};

test("push subscription: hostile bodies answer 4xx, never 500; accepted ones are https endpoints", async () => {
  await fuzz("push subscription POST", mutated(validSubscription), async (body) => {
    const response = await patient.post("/api/push/subscription", { data: body as object });
    const text = await response.text();
    expect(response.status(), text.slice(0, 300)).toBeLessThan(500);
    if (response.ok()) expect(String((body as { endpoint: unknown }).endpoint)).toMatch(/^https:\/\//);
  });
  const raw = fc.oneof(hostileString, fc.constantFrom("{", "[]", "null", '{"__proto__":{"x":1}}'), fc.json());
  await fuzz("push subscription DELETE, raw bodies", raw, async (body) => {
    const response = await patient.delete("/api/push/subscription", {
      data: Buffer.from(body, "utf8"),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBeLessThan(500);
  });
});

test("reminder link: hostile tokens and bodies change nothing and never answer 500", async ({ request }) => {
  const input = fc.record({
    token: hostileString,
    action: fc.oneof(hostileString, fc.constantFrom("pause", "stop")),
  });
  await fuzz("reminder link POST", input, async ({ token, action }) => {
    const response = await request.post(`/api/reminders/stop?t=${queryValue(token)}`, {
      form: { action },
      maxRedirects: 0,
    });
    // Not a link we signed: 404; a token tens of thousands of characters long is refused before our code.
    expect([404, 414, 431]).toContain(response.status());
  });
});

test("reminder settings: hostile forms are refused field by field, never 500", async () => {
  const valid = { diary: "on", email: "on", sendAt: "19:00", quietFrom: "21:00", quietUntil: "08:00" };
  await fuzz("reminder settings action", mutated(valid), async (raw) => {
    const answer = await callAction(patient, {
      page: "/portal/reminders",
      file: REMINDERS,
      name: "saveReminderPreferencesAction",
      args: [idle, form(asFormFields(raw))],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain(MATRIX_PATIENT_A.fullName);
    expect(answer.result).toMatchObject({ status: expect.stringMatching(/^(success|error)$/) });
  });
  await fuzz("reminder quick action", mutated({ action: "stop", kind: "diary" }), async (raw) => {
    const answer = await callAction(patient, {
      page: "/portal/reminders",
      file: REMINDERS,
      name: "quickReminderAction",
      args: [idle, form(asFormFields(raw))],
    });
    expect(answer.status).toBeLessThan(500);
    expect(answer.result).toMatchObject({ status: expect.stringMatching(/^(success|error)$/) });
  });
});
