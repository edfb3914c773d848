import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import {
  FUZZ_PATIENT,
  MATRIX_PATIENT_A,
  OTHER_CLINIC_FUZZ_TARGET,
  SECURITY_PASSWORD,
} from "../support/fixtures";
import { signedInAs, signedInRequest } from "../support/role-requests";
import { callAction, form } from "@/testing/server-actions";
import { expectHandled, expectNoLeak, fromClinic1, fromClinic2, idle } from "./answers";
import {
  FUZZ_TIMEOUT_MS,
  asFormFields,
  fuzz,
  hostileString,
  mostlyOwnId,
  mutated,
  queryValue,
} from "./hostile";

// Serial: the properties compare the fuzz patient's thread before and after each case.
test.describe.configure({ mode: "serial", timeout: FUZZ_TIMEOUT_MS });

const S = {
  messages: "app/(clinic)/patients/[patientId]/message-actions.ts",
  timeLog: "app/(clinic)/patients/[patientId]/time-log-actions.ts",
  clinicSettings: "app/(clinic)/clinic/settings/actions.ts",
};

let patient: APIRequestContext;
let clinician1: APIRequestContext;
let clinician2: APIRequestContext;
let admin: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  patient = await signedInAs(baseURL, { email: FUZZ_PATIENT.email, password: SECURITY_PASSWORD });
  clinician1 = await signedInRequest(baseURL, "clinician1");
  clinician2 = await signedInRequest(baseURL, "clinician2");
  admin = await signedInRequest(baseURL, "admin");
});
test.afterAll(async () => {
  for (const api of [patient, clinician1, clinician2, admin]) await api.dispose();
});

type Stored = { id: string; clientId: string; author: string; body: string };
const thread = async (): Promise<Stored[]> =>
  ((await (await patient.get("/api/portal/messages")).json()) as { messages: Stored[] }).messages;

test("portal message POST: hostile messages are refused; accepted ones are stored once, as acknowledged", async () => {
  const input = mutated({ clientId: "NEW", body: "Is it normal to feel stiff in the morning?" });
  await fuzz(
    "portal message POST",
    input,
    async (raw) => {
      let payload = raw;
      if (payload && typeof payload === "object" && !Array.isArray(payload)) {
        const p = { ...(payload as Record<string, unknown>) };
        if (p.clientId === "NEW") p.clientId = crypto.randomUUID();
        payload = p;
      }
      const before = await thread();
      const response = await patient.post("/api/portal/messages", { data: payload });
      const text = await response.text();
      expect(response.status(), text.slice(0, 300)).toBeLessThan(500);
      expect(text).not.toContain(MATRIX_PATIENT_A.fullName);
      const after = await thread();
      if (!response.ok()) {
        expect(after, "a refused message was stored").toEqual(before);
        return;
      }
      const { id } = JSON.parse(text) as { id: string };
      const sent = JSON.parse(JSON.stringify(payload)) as { body: string; clientId: string };
      const stored = after.find((m) => m.id === id);
      expect(stored?.body).toBe(sent.body.trim());
      expect(stored?.author).toBe("patient");
      // The same message again (a resend) stores nothing new.
      const again = await patient.post("/api/portal/messages", { data: payload });
      expect(again.status()).toBe(200);
      expect(await thread()).toHaveLength(after.length);
    },
    {
      examples: [
        { clientId: "NEW", body: "nul\u0000inside" },
        { clientId: "NEW", body: "\ud800a\udfff" },
        { clientId: "NEW", body: "   " },
        { clientId: "NEW", body: "x".repeat(2001) },
      ],
    },
  );
});

test("portal message POST: bodies that are not a message at all answer 4xx", async () => {
  const raw = fc.oneof(hostileString, fc.constantFrom("{", "[]", "null", '{"body":', "\u0000"), fc.json());
  await fuzz("portal message POST, raw bodies", raw, async (body) => {
    const response = await patient.post("/api/portal/messages", {
      data: Buffer.from(body, "utf8"),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBeLessThan(500);
  });
});

test("reply and time log: hostile forms never fail and never reach another clinic's patient", async () => {
  const cases = fc.record({
    action: fc.constantFrom("sendMessageAction", "logTimeAction"),
    patientId: mostlyOwnId(FUZZ_PATIENT.id, [OTHER_CLINIC_FUZZ_TARGET.id]),
    message: mutated({ clientId: "NEW", body: "Keep to your quota this week." }),
    time: mutated({ clientId: "NEW", minutes: "5", kind: "review", note: "Diary review" }),
  });
  await fuzz("reply / time log actions", cases, async (c) => {
    const fields = asFormFields(c.action === "sendMessageAction" ? c.message : c.time);
    if (fields.clientId === "NEW") fields.clientId = crypto.randomUUID();
    const before = await thread();
    const answer = await callAction(clinician1, {
      page: `/patients/${FUZZ_PATIENT.id}`,
      file: c.action === "sendMessageAction" ? S.messages : S.timeLog,
      name: c.action,
      args: [c.patientId, idle, form(fields)],
    });
    expectHandled(answer);
    expectNoLeak(answer, fromClinic2);
    const succeeded = (answer.result as { status?: string } | null)?.status === "success";
    if (c.patientId !== FUZZ_PATIENT.id) expect(succeeded).toBe(false);
    const after = await thread();
    if (c.action === "sendMessageAction" && succeeded) {
      // One new reply, or none when the posted client id was already stored (a resend).
      expect(after.length - before.length).toBeGreaterThanOrEqual(0);
      expect(after.length - before.length).toBeLessThanOrEqual(1);
      expect(after.slice(before.length).every((m) => m.author === "staff")).toBe(true);
    } else expect(after, "the thread changed without a sent reply").toEqual(before);
  });
});

test("reply templates: hostile forms are refused or stored for the admin's clinic; clinicians cannot", async () => {
  const cases = fc.record({
    add: mutated({ title: "Flare-up advice", body: "Keep moving gently." }),
    remove: fc.oneof(hostileString, fc.uuid()),
    api: fc.constantFrom("admin", "clinician1", "clinician2"),
  });
  await fuzz("template actions", cases, async (c) => {
    const api = c.api === "admin" ? admin : c.api === "clinician1" ? clinician1 : clinician2;
    for (const [name, fields] of [
      ["addMessageTemplateAction", asFormFields(c.add)],
      ["deleteMessageTemplateAction", { templateId: c.remove }],
    ] as const) {
      const answer = await callAction(api, {
        page: "/clinic/settings",
        file: S.clinicSettings,
        name,
        args: [idle, form(fields)],
      });
      expectHandled(answer);
      expectNoLeak(answer, c.api === "clinician2" ? fromClinic1 : fromClinic2);
      const succeeded = (answer.result as { status?: string } | null)?.status === "success";
      if (c.api !== "admin") expect(succeeded).toBe(false);
    }
  });
});

test("monitoring CSV: any month parameter answers a file, 404 or a too-long refusal, never a failure", async () => {
  const months = fc.oneof(fc.constantFrom("2026-01", "2026-13", "1999-12", "", "2026-1"), hostileString);
  await fuzz("monitoring CSV month", months, async (month) => {
    const response = await clinician1.get(`/api/clinic/export/monitoring.csv?month=${queryValue(month)}`);
    // A month tens of thousands of characters long is refused by the server before our code (431/414).
    expect([200, 404, 414, 431]).toContain(response.status());
    const text = await response.text();
    expectNoLeak({ text }, fromClinic2);
  });
});
