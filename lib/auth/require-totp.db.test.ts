import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { makeClinic, makePatient, makeStaff, TEST_PASSWORD } from "@/db/testing/factories";
import type { StaffActor } from "@/db/actor";
import { findSession } from "@/db/queries/sessions";
import { auditEvents, users, userTotp } from "@/db/schema";
import { actorFromSession } from "./actor-from-session";
import { authenticate } from "./authenticate";
import { setRequireTotp } from "./clinic-security";
import { beginTotpSetup, confirmTotpSetup, disableTotp } from "./two-factor-setup";
import { currentTotp } from "./totp";
import { decryptTotpSecret } from "./totp-secret";

process.env.AUTH_SECRET ??= "require-totp-test-secret";
const meta = { ip: "198.51.100.7", userAgent: "vitest" };
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

async function actorOf(email: string) {
  const r = await authenticate(t.db, { email, password: TEST_PASSWORD }, meta);
  if (r.status !== "signed_in") throw new Error(r.status);
  return actorFromSession((await findSession(t.db, r.sessionId))!);
}

async function enableTotp(actor: StaffActor) {
  await beginTotpSetup({ db: t.db, actor: actor, meta });
  const [row] = await t.db.select().from(userTotp).where(eq(userTotp.userId, actor.userId));
  const done = await confirmTotpSetup(
    { db: t.db, actor: actor, meta },
    currentTotp(decryptTotpSecret(row!.secretEncrypted), new Date()),
  );
  if (!done.ok) throw new Error("TOTP setup failed");
}

describe("a clinic that requires two-step sign-in", () => {
  it("holds back staff without TOTP until they set it up, and never patients", async () => {
    const clinicId = (await makeClinic(t.db)).id;
    const admin = await makeStaff(t.db, clinicId, { role: "admin" });
    const clinician = await makeStaff(t.db, clinicId);
    const patient = await makePatient(t.db, clinician, { withAccount: true });
    const [patientUser] = await t.db.select().from(users).where(eq(users.id, patient.userId!));

    expect(await actorOf(clinician.email)).toMatchObject({ mustSetUpTotp: false });
    // The admin must use it before requiring it of everyone.
    expect(await setRequireTotp(t.db, admin, true, meta)).toBe("admin_without_totp");
    await enableTotp(admin);
    expect(await setRequireTotp(t.db, admin, true, meta)).toBe("ok");
    expect(await actorOf(clinician.email)).toMatchObject({ mustSetUpTotp: true });
    expect(await actorOf(patientUser!.email)).not.toHaveProperty("mustSetUpTotp");

    await beginTotpSetup({ db: t.db, actor: clinician, meta });
    expect(await actorOf(clinician.email)).toMatchObject({ mustSetUpTotp: true }); // not confirmed yet
    await enableTotp(clinician);
    const signIn = await authenticate(t.db, { email: clinician.email, password: TEST_PASSWORD }, meta);
    expect(signIn.status).toBe("second_factor");
    // While required, it cannot be turned off.
    expect(await disableTotp({ db: t.db, actor: clinician, meta }, TEST_PASSWORD)).toEqual({
      ok: false,
      error: {
        code: "conflict",
        message: "Your clinic requires two-step sign-in, so it cannot be turned off.",
      },
    });

    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "clinic.settings.require_totp"));
    expect(audit).toEqual([
      expect.objectContaining({ actorUserId: admin.userId, details: { required: true } }),
    ]);
  });

  it("is set by clinic admins only", async () => {
    const clinician = await makeStaff(t.db, (await makeClinic(t.db)).id);
    await expect(setRequireTotp(t.db, clinician, true, meta)).rejects.toThrow(/admins/);
  });
});
