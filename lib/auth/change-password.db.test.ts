import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff, patientActor, TEST_PASSWORD } from "@/db/testing/factories";
import { findSession } from "@/db/queries/sessions";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { sessionProblem } from "./session-policy";

const meta = { ip: "198.51.100.7", userAgent: "vitest" };
const NEW_PASSWORD = "copper kettle orbit meadow";
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

async function signIn(email: string, password = TEST_PASSWORD) {
  const r = await authenticate(t.db, { email, password }, meta);
  if (r.status !== "signed_in") throw new Error(r.status);
  return r.sessionId;
}

describe("changePassword", () => {
  it("changes the password and ends every other session of that user, keeping this one", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const here = await signIn(staff.email);
    const elsewhere = await signIn(staff.email);
    const result = await changePassword(
      { db: t.db, actor: { ...staff, sessionId: here }, meta },
      { current: TEST_PASSWORD, password: NEW_PASSWORD },
    );
    expect(result).toEqual({ ok: true, value: { endedSessions: 1 } });
    expect(sessionProblem((await findSession(t.db, here))!, new Date())).toBeNull();
    expect(sessionProblem((await findSession(t.db, elsewhere))!, new Date())).toBe("revoked");
    expect(await authenticate(t.db, { email: staff.email, password: TEST_PASSWORD }, meta)).toEqual({
      status: "invalid",
    });
    await signIn(staff.email, NEW_PASSWORD);
  });

  it("works for patients too", async () => {
    const clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const [user] = await t.db.select().from(users).where(eq(users.id, patient.userId!));
    const here = await signIn(user!.email);
    const actor = { ...patientActor(patient), sessionId: here };
    expect(
      await changePassword({ db: t.db, actor, meta }, { current: TEST_PASSWORD, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a wrong current password and a weak new one, changing nothing", async () => {
    const staff = await makeStaff(t.db, (await makeClinic(t.db)).id);
    const here = await signIn(staff.email);
    const actor = { ...staff, sessionId: here };
    expect(
      await changePassword({ db: t.db, actor, meta }, { current: "wrong", password: NEW_PASSWORD }),
    ).toEqual({
      ok: false,
      error: { code: "invalid", fields: { current: "That is not your current password." } },
    });
    expect(
      await changePassword({ db: t.db, actor, meta }, { current: TEST_PASSWORD, password: "password123" }),
    ).toMatchObject({
      ok: false,
      error: {
        code: "invalid",
        fields: { password: expect.any(String) },
        message: "Please choose another password.",
      },
    });
    await signIn(staff.email);
  });
});
