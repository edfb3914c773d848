import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_PATIENT, MATRIX_PATIENT_A, SECURITY_PASSWORD } from "../support/fixtures";
import { fixtureDay } from "../support/plan-payloads";
import { signedInAs } from "../support/role-requests";
import { FUZZ_TIMEOUT_MS, fuzz, hostileString, mutated, pathSegment } from "./hostile";

test.describe.configure({ timeout: FUZZ_TIMEOUT_MS });

// The fuzz patient's own diary, written through the portal's route handler as the phone does.
const day = fixtureDay;

let patient: APIRequestContext;
test.beforeAll(async ({}, testInfo) => {
  patient = await signedInAs(testInfo.project.use.baseURL!, {
    email: FUZZ_PATIENT.email,
    password: SECURITY_PASSWORD,
  });
});
test.afterAll(() => patient.dispose());

const validEntry = {
  clientId: "NEW",
  baseVersion: "CURRENT",
  painNow: 4,
  painAverage: 3,
  sleepQuality: 6,
  stress: 5,
  medicationTaken: true,
  medicationNote: "Ibuprofen",
  flareUp: false,
  note: "Walked to the shop",
  activities: [{ key: "walking", amount: 12 }],
};

type Entry = Record<string, unknown> & { version: number; activities: { key: string; amount: number }[] };

/** What the server should have kept of a submission it accepted: text trimmed, blank text as null. */
function expectedStored(input: Record<string, unknown>) {
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  return {
    painNow: input.painNow,
    painAverage: input.painAverage,
    sleepQuality: input.sleepQuality,
    stress: input.stress,
    medicationTaken: input.medicationTaken,
    medicationNote: text(input.medicationNote),
    flareUp: input.flareUp,
    note: text(input.note),
    activities: [...(input.activities as Entry["activities"])].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

test("diary PUT: hostile entries are refused; accepted ones are stored exactly as acknowledged", async () => {
  const input = fc.record({
    date: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(day(0), day(-1)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(day(1), day(-8), day(-400), "2026-02-30", "0000-01-01", "9999-12-31"),
      },
      { weight: 1, arbitrary: hostileString },
    ),
    body: mutated(validEntry),
  });
  await fuzz(
    "portal diary PUT",
    input,
    async ({ date, body }) => {
      const read = async () => {
        const response = await patient.get(`/api/portal/diary/${pathSegment(date)}`);
        return response.ok() ? ((await response.json()) as { entry: Entry | null }).entry : undefined;
      };
      const before = await read();
      let payload = body;
      if (payload && typeof payload === "object" && !Array.isArray(payload)) {
        const p = { ...(payload as Record<string, unknown>) };
        if (p.clientId === "NEW") p.clientId = crypto.randomUUID();
        if (p.baseVersion === "CURRENT") p.baseVersion = before?.version ?? 0;
        payload = p;
      }
      const response = await patient.put(`/api/portal/diary/${pathSegment(date)}`, { data: payload });
      const text = await response.text();
      expect(response.status(), text.slice(0, 300)).toBeLessThan(500);
      expect(text).not.toContain(MATRIX_PATIENT_A.fullName);
      if (!response.ok()) {
        expect(await read(), "a refused save changed the day").toEqual(before);
        return;
      }
      // Acknowledged: the answer is what was asked for, and reading the day back gives the same entry.
      const acknowledged = (JSON.parse(text) as { entry: Entry }).entry;
      // Compared with what went over the wire (JSON has no -0: a generated -0 arrives as 0).
      const sent = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
      expect(acknowledged).toMatchObject(expectedStored(sent));
      const stored = (await (await patient.get(`/api/portal/diary/${date}`)).json()) as { entry: Entry };
      expect(stored.entry).toEqual(acknowledged);
    },
    {
      examples: [
        // Found by this fuzzer: a NUL answered 500 (PostgreSQL refuses it); lone surrogates were stored as
        // U+FFFD, so the entry read back differed from the one acknowledged.
        { date: day(0), body: { ...validEntry, note: "nul\u0000inside" } },
        { date: day(0), body: { ...validEntry, medicationNote: "\ud800a\udfff\ud800éZ😀'" } },
      ],
    },
  );
});

test("diary PUT: bodies that are not an entry at all answer 4xx", async () => {
  const raw = fc.oneof(
    hostileString,
    fc.constantFrom("{", "[]", "null", '{"painNow":', "\u0000", '{"__proto__":{"x":1}}'),
    fc.json(),
  );
  await fuzz("portal diary PUT, raw bodies", raw, async (body) => {
    const response = await patient.put(`/api/portal/diary/${day(0)}`, {
      data: Buffer.from(body, "utf8"),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBeLessThan(500);
    if (response.ok()) {
      // Only a well-formed entry can be accepted.
      expect(() => JSON.parse(body)).not.toThrow();
    }
  });
});
